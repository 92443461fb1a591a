package dev.quire.source;

import dev.quire.diag.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the memos of a site: {@code memos/*.md} and {@code memos/NAME/index.md}. Names starting
 * with '.' or '_' are ignored (editor backups, private notes). The result is sorted by path so
 * that every later stage sees the same order on every machine.
 */
public final class SourceWalker {
    private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-(.+)$");

    private SourceWalker() {
    }

    public static List<MemoSource> memos(SiteLayout layout) {
        Path dir = layout.memos();
        List<MemoSource> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.sorted().toList()) {
                entry(layout, entry).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return out;
    }

    /**
     * The memo an entry of {@code memos/} holds, if any: a Markdown file, or a folder with an
     * {@code index.md} (a bundle). Used for one entry alone when {@code serve} sees it change.
     */
    public static Optional<MemoSource> entry(SiteLayout layout, Path entry) {
        String name = entry.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("_")) {
            return Optional.empty();
        }
        try {
            if (Files.isRegularFile(entry) && name.endsWith(".md")) {
                String base = name.substring(0, name.length() - 3);
                return Optional.of(new MemoSource(layout.relative(entry), entry, slugOfName(base), null, List.of()));
            } else if (Files.isDirectory(entry) && Files.isRegularFile(entry.resolve("index.md"))) {
                return Optional.of(new MemoSource(layout.relative(entry.resolve("index.md")), entry.resolve("index.md"),
                        slugOfName(name), entry, bundleFiles(entry)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + entry, e);
        }
        return Optional.empty();
    }

    /** "2026-03-09-adam-warmup" gives "adam-warmup"; names are lower-cased and made URL-safe. */
    public static String slugOfName(String name) {
        Matcher m = DATE_PREFIX.matcher(name);
        return Slugs.of(m.matches() ? m.group(1) : name);
    }

    private static List<Path> bundleFiles(Path bundle) throws IOException {
        try (Stream<Path> files = Files.walk(bundle)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals("index.md"))
                    .filter(f -> !bundle.relativize(f).toString().startsWith("."))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
    }

    /**
     * The site's pages: {@code pages/*.md} and {@code pages/NAME/index.md} (a page with its own
     * images), as memos are found; none when there is no {@code pages/} folder. A page's name is
     * its address as it is, date prefix and all: {@code pages/cv.md} is {@code /cv/}.
     */
    public static List<MemoSource> pages(SiteLayout layout) {
        Path dir = layout.pages();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<MemoSource> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.sorted().toList()) {
                entry(layout, entry).map(s -> new MemoSource(s.relativePath(), s.file(), Slugs.of(nameOf(entry)), s.bundleDir(),
                        s.bundleFiles())).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return out;
    }

    private static String nameOf(Path entry) {
        String name = entry.getFileName().toString();
        return Files.isDirectory(entry) || !name.endsWith(".md") ? name : name.substring(0, name.length() - 3);
    }

    /** The site's memos, or an error when {@code memos/} is missing or holds none. */
    public static List<MemoSource> find(SiteLayout layout, Problems problems) {
        if (!Files.isDirectory(layout.memos())) {
            problems.error("memos/", "there is no memos/ folder in " + layout.root(),
                    "memos live in memos/, one Markdown file each; write the first with 'quire new memo \"your question\"'");
            return List.of();
        }
        List<MemoSource> sources = memos(layout);
        if (sources.isEmpty()) {
            problems.error("memos/", "memos/ holds no memos yet",
                    "add a Markdown file such as memos/2026-03-09-first-question.md, or run 'quire new memo \"your question\"'");
        }
        return sources;
    }
}
