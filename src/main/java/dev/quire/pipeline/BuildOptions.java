package dev.quire.pipeline;

import dev.quire.js.JsEngineKind;
import java.nio.file.Path;

/**
 * What to build: the site folder, the output folder (used by the disk sink and for the safety
 * checks), whether drafts are published, and where rendered formulas and code blocks are cached
 * between builds (null: no cache), and which JavaScript engine renders them (null: as
 * {@code quire.yml} says, else {@code auto}).
 */
public record BuildOptions(Path siteDir, Path outputDir, boolean drafts, Path cacheDir, JsEngineKind jsEngine) {
    /** The cache folder a site keeps by default, beside its {@code quire.yml}. */
    public static final String CACHE_FOLDER = ".quire-cache";

    /** Options with the site's default cache, {@code .quire-cache/} in the site folder. */
    public BuildOptions(Path siteDir, Path outputDir, boolean drafts) {
        this(siteDir, outputDir, drafts, siteDir.resolve(CACHE_FOLDER));
    }

    /** Options whose JavaScript engine is the one {@code quire.yml} names. */
    public BuildOptions(Path siteDir, Path outputDir, boolean drafts, Path cacheDir) {
        this(siteDir, outputDir, drafts, cacheDir, null);
    }

    /** The same options with the engine given on the command line (null: as {@code quire.yml} says). */
    public BuildOptions withJsEngine(JsEngineKind kind) {
        return new BuildOptions(siteDir, outputDir, drafts, cacheDir, kind);
    }
}
