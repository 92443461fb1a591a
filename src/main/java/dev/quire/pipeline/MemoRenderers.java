package dev.quire.pipeline;

import dev.quire.cache.RenderCache;
import dev.quire.cite.Bibliography;
import dev.quire.cite.CitationStyles;
import dev.quire.config.SiteConfig;
import dev.quire.diag.Problem;
import dev.quire.diag.Problems;
import dev.quire.source.GitDates;
import java.time.OffsetDateTime;
import dev.quire.js.JsEngineKind;
import dev.quire.markdown.BodyResources;
import dev.quire.markdown.MarkdownRenderer;
import dev.quire.source.SiteLayout;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The Markdown pipeline and what bodies may refer to, kept by a {@link Pipeline} across its runs:
 * a warm script engine renders a changed formula at once in {@code serve}. The renderer is made
 * anew only when the site's TeX macros change; the bibliography is read again by every full run
 * (a change to {@code references.bib} makes one).
 */
final class MemoRenderers implements AutoCloseable {
    private final BuildOptions options;
    private final SiteLayout layout;
    private MarkdownRenderer markdown;
    private RenderCache cache = RenderCache.none();
    private Map<String, String> macros;
    private JsEngineKind engine;
    private MemoReader reader;
    /** Kept for the pipeline's life: what {@code serve}'s next full run need not read or decode again. */
    private final ReadMemos read = new ReadMemos();
    private final Map<String, BodyCache.Remembered> recentBodies = new ConcurrentHashMap<>();

    MemoRenderers(BuildOptions options, SiteLayout layout) {
        this.options = options;
        this.layout = layout;
    }

    /** The reader of a full run: the settings' macros, and the bibliography read now. */
    MemoReader readerFor(Optional<SiteConfig> config, Problems problems) {
        Map<String, String> wanted = config.map(c -> c.math().macros()).orElse(Map.of());
        JsEngineKind kind = options.jsEngine() != null ? options.jsEngine()
                : config.map(SiteConfig::jsEngine).orElse(JsEngineKind.AUTO);
        if (markdown == null || !wanted.equals(macros) || kind != engine) {
            close();
            cache = options.cacheDir() == null ? RenderCache.none() : RenderCache.at(options.cacheDir());
            markdown = new MarkdownRenderer(wanted, cache, kind);
            macros = wanted;
            engine = kind;
            markdown.startScriptsIfCacheEmpty();
        }
        BodyCache bodies = new BodyCache(cache, BodyInputs.runKey(layout, config, options.drafts()), recentBodies);
        reader = new MemoReader(markdown, bodyResources(config, problems), bodies, read, new StoredReads(cache),
                commitDates(config, problems));
        return reader;
    }

    /** Each memo's and page's last commit date, when {@code updated_from_git: true} asks; a site outside git is warned about. */
    private Map<String, OffsetDateTime> commitDates(Optional<SiteConfig> config, Problems problems) {
        if (config.isEmpty() || !config.get().updatedFromGit()) {
            return Map.of();
        }
        Optional<Map<String, OffsetDateTime>> dates = GitDates.read(layout);
        if (dates.isEmpty()) {
            problems.add(Problem.warning("quire.yml", 0, 0,
                    "'updated_from_git' is on, but git cannot read the history of " + layout.root(),
                    "is the site in a git repository, and git installed? Without it only 'updated:' dates are shown", null));
        }
        return dates.orElse(Map.of());
    }

    /**
     * What {@code --timings} says of the script engine ("math and code: V8"), after reporting, once,
     * why V8 was not used when it was wanted: a warning, the build goes on with GraalJS.
     */
    String engineReport(Problems problems) {
        if (markdown == null) {
            return "math and code: none";
        }
        markdown.takeEngineWarning().ifPresent(why -> problems.add(Problem.warning("quire.yml", 0, 0,
                "V8 could not be used (" + why + "); math and code were rendered with GraalJS, slower, to the same output",
                "nothing to fix for this build; to skip trying V8, set 'js_engine: graaljs'", null)));
        return "math and code: " + markdown.engineName();
    }

    /** The cache of the last full run: formulas, code, bodies and what else is worth keeping. */
    RenderCache cache() {
        return cache;
    }

    /** The reader of the last full run, for the memos a change touched. */
    MemoReader reader() {
        if (reader == null) {
            throw new IllegalStateException("no full run yet");
        }
        return reader;
    }

    /** What bodies may refer to: static/ and references.bib, parsed at most once for every memo of the run. */
    private BodyResources bodyResources(Optional<SiteConfig> config, Problems problems) {
        String style = config.map(SiteConfig::citationStyle).orElse(CitationStyles.DEFAULT);
        String language = config.map(SiteConfig::language).orElse("en");
        Supplier<Bibliography> bibliography = SiteBibliography.of(layout.references(), style, language, cache, problems);
        String baseUrl = config.map(SiteConfig::baseUrl).filter(url -> !url.equals("/")).orElse(null); // feeds need a public address
        return new BodyResources(layout.staticFiles(), bibliography, baseUrl);
    }

    /** Writes what this run put in the cache, keeping it open: {@code serve} runs again. */
    void flush() {
        if (markdown != null) {
            markdown.flush();
        }
    }

    /** Closes the script engine, if math or code started it, and writes the cache. */
    @Override
    public void close() {
        if (markdown != null) {
            markdown.close();
            markdown = null;
        }
    }
}
