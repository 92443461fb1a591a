package dev.quire.importer;

import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What converting one post needs and gathers: where its problems go (at their line and column in
 * the post's file), the images bound for its bundle, the site-wide index, macros and tally.
 */
public final class PostContext {
    public final Post post;
    public final ImportRun run;
    /** Name in the memo's bundle → the file to copy there. */
    final Map<String, Path> bundleFiles = new TreeMap<>();
    private final SourceText source;
    private final Positions positions;
    /** Per snippet, where the last search for it ended: repeated snippets are found in turn. */
    private final Map<String, Integer> searched = new HashMap<>();

    PostContext(Post post, ImportRun run) {
        this.post = post;
        this.run = run;
        this.source = new SourceText(post.path(), post.text());
        this.positions = new Positions(post.text());
    }

    Problems problems() {
        return run.problems;
    }

    /** A warning at an offset of the body. */
    public void warn(int bodyOffset, String message, String hint) {
        int at = post.bodyOffset() + bodyOffset;
        run.problems.warning(source, positions.line(at), positions.column(at), message, hint);
    }

    /** A warning about the front matter, at the line of {@code key} or the file's first line. */
    public void warnFrontMatter(String key, String message, String hint) {
        int line = 1;
        String[] lines = post.text().substring(0, post.bodyOffset()).split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].stripLeading();
            if (l.startsWith(key + ":") || l.startsWith(key + " =") || l.startsWith(key + "=") || l.startsWith("\"" + key + "\"")) {
                line = i + 1;
                break;
            }
        }
        int column = lines[line - 1].length() - lines[line - 1].stripLeading().length() + 1;
        run.problems.warning(source, line, column, message, hint);
    }

    /**
     * A warning at {@code snippet} inside a text piece as written. Rewrites change the text before
     * later ones see it, so positions are found in the original: each snippet in turn.
     */
    public void warnAt(Piece.Text piece, String snippet, String message, String hint) {
        String key = piece.offset() + "\u0000" + snippet;
        int from = searched.getOrDefault(key, 0);
        int found = piece.text().indexOf(snippet, from);
        if (found < 0) {
            found = Math.max(0, piece.text().indexOf(snippet));
        }
        searched.put(key, found + 1);
        warn(piece.offset() + found, message, hint);
    }
}
