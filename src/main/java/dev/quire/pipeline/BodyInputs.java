package dev.quire.pipeline;

import dev.quire.cache.RenderCache;
import dev.quire.source.SiteLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a memo's rendered body depends on, as cache keys for {@link BodyCache}, split by how
 * often it changes: {@link #runKey} once per run for what every body may read (the settings:
 * macros, citation style, language, base URL; the bibliography; the files of {@code static/}
 * its images may name; whether drafts are built), {@link #memoKey} per memo (its path, its text,
 * its bundle's files; the text by its digest, which the memo stage
 * keeps between builds). Coarse on purpose where it is cheap to be: a change to {@code quire.yml}
 * or {@code references.bib} renders every body again, which is what a full rebuild did anyway.
 *
 * <p>Files are told by path, size and modification time, as build tools tell them: images are
 * read for their dimensions, and hashing every image of a site on every build would cost more
 * than it saves.
 */
final class BodyInputs {
    private BodyInputs() {
    }

    static String runKey(SiteLayout layout, boolean drafts) {
        return RenderCache.key(contentOf(layout.config()), contentOf(layout.references()), listing(layout.staticFiles()),
                String.valueOf(drafts));
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
