package dev.quire.importer;

import dev.quire.diag.Problem;
import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import dev.quire.source.Slugs;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reading the files of a blog, common to both engines: the Markdown files of a folder in path
 * order, each with its front matter read, every unreadable one reported and skipped; and the
 * slug a memo can use.
 */
public final class PostFiles {
    private static final String SLUG = "[A-Za-z0-9][A-Za-z0-9._-]*";

    private final Path root;
    private final Problems problems;
    private final FrontMatterBlock frontMatter = new FrontMatterBlock();

    public PostFiles(Path root, Problems problems) {
        this.root = root;
        this.problems = problems;
    }

    /** A post file read: its path for messages, its text, the front matter and the body. */
    public record Read(String path, String text, Map<String, Object> values, String body, int bodyOffset) {
    }

    /** Every file under {@code dir} whose name ends in one of {@code extensions}, sorted by path. */
    public List<Path> markdown(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i).*\\.(md|markdown|mkd|mkdn)$"))
                    .sorted().toList();
        }
    }

    /** The file read, or empty (reported) when it is not UTF-8 or its front matter cannot be read. */
    public Optional<Read> read(Path file) throws IOException {
        String path = relative(file);
        String text;
        try {
            text = Files.readString(file);
        } catch (CharacterCodingException e) {
            problems.add(Problem.warning(path, 0, 0, "not imported: the file is not UTF-8 text", "save it as UTF-8", null));
            return Optional.empty();
        }
        text = text.replace("\r\n", "\n");
        try {
            Optional<FrontMatterBlock.Parsed> parsed = frontMatter.read(text);
            if (parsed.isEmpty()) {
                problems.warning(new SourceText(path, text), 1, 1, "not imported: the file has no front matter",
                        "the old engine did not publish it either; add a front matter to import it");
                return Optional.empty();
            }
            FrontMatterBlock.Parsed p = parsed.get();
            return Optional.of(new Read(path, text, p.values(), p.body(), p.bodyOffset()));
        } catch (FrontMatterBlock.Invalid e) {
            problems.warning(new SourceText(path, text), e.line, 1, "not imported: " + e.getMessage(), "fix the front matter and import again");
            return Optional.empty();
        }
    }

    /**
     * The engine's folder of posts. Its absence is said with what the folder looks like instead:
     * another engine's blog, or none at all.
     */
    public static Path postsFolder(Path root, String folder, String what, String otherFolder, String otherEngine, String hint)
            throws ImportException {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            throw new ImportException(root + ": error: no " + folder + "/ folder: this is not " + what,
                    Files.isDirectory(root.resolve(otherFolder))
                            ? "it has a " + otherFolder + "/ folder: try 'quire import " + otherEngine + " " + root + "'" : hint, false);
        }
        return dir;
    }

    /** The path a local URL names, percent-escapes decoded ({@code my%20plot.png} is {@code my plot.png}). */
    public static String urlPath(String url) {
        try {
            return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return url; // a '%' not followed by two hex digits escapes nothing: the path is as written
        }
    }

    /**
     * {@code relative} resolved against {@code base}; empty when no file can have that name (a NUL
     * or, on Windows, a colon in a link's path): such a link is no local file and stays as written.
     */
    public static Optional<Path> resolve(Path base, String relative) {
        try {
            return Optional.of(base.resolve(relative).normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** A path of the blog as messages show it: from the blog's folder, with forward slashes. */
    public String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** A slug Quire accepts: as written when it is one, else made from it. */
    public static String slug(String name) {
        return name.matches(SLUG) ? name : Slugs.of(name);
    }
}
