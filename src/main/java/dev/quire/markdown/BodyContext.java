package dev.quire.markdown;

import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * What rendering one memo's body needs beyond its text: the file it came from and the line its
 * body starts on (so a problem found in the body points at the file's own line and column),
 * where problems go, and every memo of the site by slug (for links between memos).
 *
 * @param bodyFirstLine the file line (1-based) of the body's first line
 * @param memos every memo by lower-cased slug
 * @param self the memo being rendered, null for a body on its own
 * @param bundleDir the memo's bundle folder, where its relative images are; null for a single-file memo
 * @param resources the site's static files and bibliography, read once per build
 */
public record BodyContext(SourceText source, int bodyFirstLine, Problems problems, Map<String, MemoTarget> memos,
                          MemoTarget self, Path bundleDir, BodyResources resources) {

    /** A body with no file around it, as in tests: positions are the body's own. */
    public static BodyContext standalone(String markdown) {
        return new BodyContext(new SourceText("(markdown)", markdown), 1, new Problems(), Map.of(), null, null, BodyResources.NONE);
    }

    public Optional<MemoTarget> memo(String slug) {
        return Optional.ofNullable(memos.get(slug.toLowerCase(Locale.ROOT)));
    }

    /**
     * An error at a place in the body: {@code line} and {@code column} are 0-based within the
     * body, as commonmark's source spans give them.
     */
    public void error(int line, int column, String message, String hint) {
        problems.error(source, bodyFirstLine + line, column + 1, message, hint);
    }

    public void warning(int line, int column, String message, String hint) {
        problems.warning(source, bodyFirstLine + line, column + 1, message, hint);
    }

    /** An error at the start of a node (its first source span), or at the body's start without one. */
    public void error(Node node, String message, String hint) {
        SourceSpan span = node.getSourceSpans().isEmpty() ? null : node.getSourceSpans().get(0);
        error(span == null ? 0 : span.getLineIndex(), span == null ? 0 : span.getColumnIndex(), message, hint);
    }
}
