package dev.quire.pipeline;

import java.nio.file.Path;

/**
 * What to build: the site folder, the output folder (used by the disk sink and for the safety
 * checks), whether drafts are published, and where rendered formulas and code blocks are cached
 * between builds (null: no cache).
 */
public record BuildOptions(Path siteDir, Path outputDir, boolean drafts, Path cacheDir) {
    /** The cache folder a site keeps by default, beside its {@code quire.yml}. */
    public static final String CACHE_FOLDER = ".quire-cache";

    /** Options with the site's default cache, {@code .quire-cache/} in the site folder. */
    public BuildOptions(Path siteDir, Path outputDir, boolean drafts) {
        this(siteDir, outputDir, drafts, siteDir.resolve(CACHE_FOLDER));
    }
}
