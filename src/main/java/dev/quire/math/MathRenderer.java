package dev.quire.math;

import dev.quire.cache.RenderCache;
import dev.quire.js.JsEngine;
import dev.quire.js.Script;
import dev.quire.js.ScriptPool;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * TeX to HTML at build time with KaTeX, run in GraalJS: the page carries KaTeX's HTML (what is
 * seen) and MathML (what is read aloud, copied and indexed), and needs no script.
 *
 * <p>Every result is kept in the {@link RenderCache} under a hash of KaTeX's version, the options,
 * the macros and the TeX, so an unchanged formula is rendered once; GraalJS starts only for the
 * first formula missing from the cache. Safe to call from several threads.
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

    /** The HTML of one formula, or why KaTeX rejected it. */
    public Result render(String tex, boolean display) {
        String key = RenderCache.key(CACHE_KIND, OPTIONS, macrosKey, display ? "display" : "inline", tex);
        return cache.get(CACHE_KIND, key).<Result>map(Rendered::new).orElseGet(() -> {
            Result result = katex.call(context -> {
                Value out;
                try {
                    out = context.getBindings("js").getMember("quireRenderMath").execute(tex, display, macrosJson());
                } catch (PolyglotException e) {
                    if (!e.isGuestException()) {
                        throw e;
                    }
                    // KaTeX failing other than by a parse error: still the formula's problem, not a crash
                    return new Invalid("KaTeX could not render this formula: " + e.getMessage(), -1);
                }
                if (out.hasMember("html")) {
                    return new Rendered(MathmlRepair.repair(out.getMember("html").asString()));
                }
                return new Invalid(out.getMember("error").asString(), out.getMember("position").asInt());
            });
            if (result instanceof Rendered rendered) {
                cache.put(CACHE_KIND, key, rendered.html()); // errors are not kept: the build fails anyway
            }
            return result;
        });
    }

    private String macrosJson() {
        String json = macrosJson;
        if (json == null) {
            json = Json.object(macros); // Jackson costs ~0.1 s to start: not paid by builds served from the cache
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
