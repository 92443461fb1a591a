package dev.quire.source;

import java.nio.file.Path;
import java.util.List;

/**
 * One memo on disk: a single file {@code memos/2026-03-09-adam-warmup.md}, or a bundle
 * {@code memos/adam-warmup/index.md} whose other files (images) are published beside its page.
 *
 * @param relativePath the path used in messages, e.g. {@code memos/adam-warmup/index.md}
 * @param nameSlug the slug taken from the file or folder name, without its date prefix
 * @param bundleFiles the bundle's other files, empty for single-file memos
 */
public record MemoSource(String relativePath, Path file, String nameSlug, Path bundleDir, List<Path> bundleFiles) {

    public boolean isBundle() {
        return bundleDir != null;
    }
}
