package dev.quire.math;

import dev.quire.cache.RenderCache;
import dev.quire.js.JsEngine;
import dev.quire.json.Json;
import dev.quire.js.Script;
import dev.quire.js.ScriptError;
import dev.quire.js.ScriptPool;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * TeX to HTML at build time with KaTeX, run by the build's {@link JsEngine} (V8 or GraalJS, the
 * same output): the page carries KaTeX's HTML (what is seen) and MathML (what is read aloud,
 * copied and indexed), and needs no script.
 *
 * <p>Every result is kept in the {@link RenderCache} under a hash of KaTeX's version, the options,
 * the macros and the TeX, so an unchanged formula is rendered once; the engine starts, in the
 * background, at the first formula missing from the cache. A formula beyond {@link FormulaLimits}
 * is refused before it reaches any engine. Safe to call from several threads.
 *
 * <p>Usage: {@code new MathRenderer(js, cache, macros).render("\\frac{a}{b}", false)}
 */
public final class MathRenderer {
    public static final String KATEX_VERSION = "0.16.44";
    public static final String KATEX_DIST = "META-INF/resources/webjars/katex/" + KATEX_VERSION + "/dist/";
    /** Part of every cache key: a change of the options below must change it. */
    private static final String OPTIONS = "htmlAndMathml;throwOnError;strict=ignore;" + MathmlRepair.VERSION;
    private static final String CACHE_KIND = "katex-" + KATEX_VERSION;

    private final RenderCache cache;
    private final Map<String, String> macros;
    /** The macros in one canonical text, for cache keys; JSON (for KaTeX) is made only when the engine runs. */
    private final String macrosKey;
    private volatile String macrosJson;
    private final ScriptPool katex;

    /** @param macros TeX macros by name ({@code \R} → {@code \mathbb{R}}), as {@code quire.yml} gives them */
    public MathRenderer(JsEngine js, RenderCache cache, Map<String, String> macros) {
        this.cache = cache;
        this.macros = new TreeMap<>(macros);
        this.macrosKey = RenderCache.key(this.macros.entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray(String[]::new));
        this.katex = js.pool(List.of(
                Script.onClassPath(KATEX_DIST + "katex.min.js"),
                Script.onClassPath("quire/js/render-math.js")));
    }

    /** Starts KaTeX on every script thread in the background, before the first formula asks for it. */
    public void startInBackground() {
        katex.startInBackground();
    }

    /** The HTML of one formula, or why KaTeX rejected it. */
    public Result render(String tex, boolean display) {
        Optional<Invalid> refused = FormulaLimits.check(tex);
        if (refused.isPresent()) {
            return refused.get();
        }
        String key = RenderCache.key(CACHE_KIND, OPTIONS, macrosKey, display ? "display" : "inline", tex);
        return cache.get(CACHE_KIND, key).<Result>map(Rendered::new).orElseGet(() -> {
            katex.startInBackground(); // the first miss: every script thread starts KaTeX while this one waits for its own
            Result result = fromScript(callKatex(tex, display));
            if (result instanceof Rendered rendered) {
                cache.put(CACHE_KIND, key, rendered.html()); // errors are not kept: the build fails anyway
            }
            return result;
        });
    }

    private String callKatex(String tex, boolean display) {
        try {
            return katex.call("quireRenderMath", tex, display, macrosJson());
        } catch (ScriptError e) {
            // render-math.js turns KaTeX's errors into text; what escapes it is V8 stopping a runaway script
            return "\u0000fail\u0000-1\u0000" + e.getMessage();
        }
    }

    /** KaTeX's HTML, or its error as render-math.js writes it: NUL, kind, NUL, position, NUL, message. */
    private static Result fromScript(String out) {
        if (!out.startsWith("\u0000")) {
            return new Rendered(MathmlRepair.repair(out));
        }
        String[] parts = out.split("\u0000", 4);
        String message = parts[3];
        if (parts[1].equals("parse")) {
            return new Invalid(message, Integer.parseInt(parts[2]));
        }
        // KaTeX failing other than by a parse error: still the formula's problem, not a crash
        return new Invalid("KaTeX could not render this formula: " + message, -1);
    }

    private String macrosJson() {
        String json = macrosJson;
        if (json == null) {
            json = Json.compact(macros); // made once, when the first formula is rendered
            macrosJson = json;
        }
        return json;
    }

    /** What rendering one formula gave. */
    public sealed interface Result permits Rendered, Invalid {
    }

    /** KaTeX's HTML and MathML for the formula. */
    public record Rendered(String html) implements Result {
    }

    /**
     * TeX that KaTeX cannot parse.
     *
     * @param message KaTeX's message, e.g. "Undefined control sequence: \foo"
     * @param position the offset in the TeX where KaTeX stopped, or -1 when it did not say
     */
    public record Invalid(String message, int position) implements Result {
    }
}
