package dev.quire.source;

import dev.quire.diag.Problem;
import dev.quire.diag.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
        return memos(layout, new Problems());
    }

    /** The memos, and a warning for each entry that looks like one but cannot be read as a file. */
    private static List<MemoSource> memos(SiteLayout layout, Problems problems) {
        Path dir = layout.memos();
        List<MemoSource> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.sorted().toList()) {
                Optional<MemoSource> memo = entry(layout, entry);
                memo.ifPresent(out::add);
                if (memo.isEmpty()) {
                    unreadable(entry).ifPresent(why -> problems.add(Problem.warning(layout.relative(entry), 0, 0,
                            "skipped " + why, "a memo is a regular Markdown file, or a folder with an index.md", null)));
                }
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

    /**
     * Why an entry named as a memo ({@code x.md}, or a folder's {@code index.md}) is no file Quire
     * can read, if it is not: a link to nothing, a loop of links, a pipe or device.
     */
    private static Optional<String> unreadable(Path entry) {
        String name = entry.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("_")) {
            return Optional.empty();
        }
        Path file = name.endsWith(".md") ? entry : Files.isDirectory(entry) ? entry.resolve("index.md") : null;
        if (file == null || !Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(file)
                || (file != entry && Files.isDirectory(file))) {
            return Optional.empty();
        }
        if (Files.isSymbolicLink(file)) {
            // followed by hand: the JDK reports a loop only as an I/O error with the system's text
            Set<Path> seen = new HashSet<>();
            Path link = file;
            try {
                while (Files.isSymbolicLink(link)) {
                    if (!seen.add(link.toAbsolutePath().normalize())) {
                        return Optional.of("a loop of symbolic links: " + file.getFileName() + " -> " + readLink(file));
                    }
                    link = link.resolveSibling(Files.readSymbolicLink(link));
                }
            } catch (IOException e) {
                return Optional.of("a symbolic link that cannot be read");
            }
            String target = file.getFileName() + " -> " + readLink(file);
            return Optional.of(Files.exists(link, LinkOption.NOFOLLOW_LINKS)
                    ? "a symbolic link to something that is not a file: " + target
                    : "a symbolic link to a missing file: " + target);
        }
        return Files.isDirectory(file) ? Optional.empty() : Optional.of("not a regular file (a pipe, socket or device)");
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
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
        List<MemoSource> sources = memos(layout, problems);
        if (sources.isEmpty()) {
            problems.error("memos/", "memos/ holds no memos yet",
                    "add a Markdown file such as memos/2026-03-09-first-question.md, or run 'quire new memo \"your question\"'");
        }
        return sources;
    }
}
