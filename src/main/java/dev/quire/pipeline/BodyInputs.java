package dev.quire.pipeline;

import dev.quire.cache.RenderCache;
import dev.quire.source.SiteLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import dev.quire.config.SiteConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a memo's rendered body depends on, as cache keys for {@link BodyCache}, split by how
 * often it changes: {@link #runKey} once per run for what every body may read (the settings:
 * macros, citation style, language, base URL; the bibliography; the files of {@code static/}
 * its images may name; whether drafts are built), {@link #memoKey} per memo (its path, its text,
 * its bundle's files; the text by its digest, which the memo stage
 * keeps between builds). Coarse on purpose where it is cheap to be: a change to one of those
 * settings or to {@code references.bib} renders every body again.
 *
 * <p>Files are told by path, size and modification time, as build tools tell them: images are
 * read for their dimensions, and hashing every image of a site on every build would cost more
 * than it saves.
 */
final class BodyInputs {
    private BodyInputs() {
    }

    static String runKey(SiteLayout layout, Optional<SiteConfig> config, boolean drafts) {
        return RenderCache.key(bodySettings(config), contentOf(layout.references()), listing(layout.staticFiles()),
                String.valueOf(drafts));
    }

    /**
     * The settings a body reads ({@link MemoRenderers} hands them to the Markdown stage): TeX
     * macros, citation style, language, base URL. Not the whole of {@code quire.yml}: a new title,
     * tagline, menu or home section leaves every body as it was, so {@code serve}'s rebuild after
     * such an edit renders no Markdown, and neither does the next build.
     */
    private static String bodySettings(Optional<SiteConfig> config) {
        if (config.isEmpty()) {
            return "none";
        }
        SiteConfig c = config.get();
        List<String> parts = new ArrayList<>(List.of("style", c.citationStyle(), "language", c.language(),
                "base", String.valueOf(c.baseUrl()), "macros"));
        new TreeMap<>(c.math().macros()).forEach((name, body) -> parts.addAll(List.of(name, body)));
        return RenderCache.key(parts.toArray(String[]::new));
    }

    static String memoKey(ParsedMemo memo) {
        String bundle = memo.source().isBundle() ? listing(memo.source().bundleDir()) : "";
        return RenderCache.key(memo.source().relativePath(), memo.file().digest(), bundle);
    }

    /** A page's body: its path (under pages/, so never a memo's) and text, by digest as a memo's, its bundle's files. */
    static String pageKey(dev.quire.source.MemoSource source, dev.quire.diag.SourceText text) {
        String bundle = source.isBundle() ? listing(source.bundleDir()) : "";
        return RenderCache.key(source.relativePath(), RenderCache.key(text.text()), bundle);
    }

    private static String contentOf(Path file) {
        try {
            return Files.isRegularFile(file) ? HexFormat.of().formatHex(Files.readAllBytes(file)) : "none";
        } catch (IOException e) {
            return "unreadable:" + System.nanoTime(); // matches nothing kept: render again
        }
    }

    /** Every file under {@code dir} by path, size and modification time; "" when there is no such folder. */
    private static String listing(Path dir) {
        if (!Files.isDirectory(dir)) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
            for (Path f : sorted) {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                out.append(dir.relativize(f)).append('\t').append(a.size()).append('\t')
                        .append(a.lastModifiedTime().toMillis()).append('\n');
            }
        } catch (IOException e) {
            return "unreadable:" + System.nanoTime();
        }
        return out.toString();
    }
}
