package dev.quire.highlight;

import dev.quire.cache.RenderCache;
import dev.quire.js.JsEngine;
import dev.quire.js.Script;
import dev.quire.js.ScriptError;
import dev.quire.js.ScriptPool;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Code blocks highlighted at build time by highlight.js, run by the same {@link JsEngine} as KaTeX
 * (V8 or GraalJS, the same output), with results in the {@link RenderCache}.
 *
 * <p>Why highlight.js rather than RSyntaxTextArea's pure-Java lexers, which are far faster
 * (0.014 ms a block, no engine to start): researchers write R, Julia, Stan, MATLAB and LaTeX, and
 * RSyntaxTextArea has lexers for none of them. Speed is recovered by the cache: a block is
 * highlighted once, and a build whose blocks are all cached never starts the engine. highlight.js's
 * {@code hljs-*} classes are what the theme's token colours are written for.
 *
 * <p>A fence with no language, or one highlight.js does not know, gives plain escaped text, never
 * an error: a fence's info string is free text in CommonMark.
 *
 * <p>Usage: {@code highlighter.highlight(code, "python")} gives the inner HTML of {@code <code>}.
 */
public final class CodeHighlighter {
    public static final String HLJS_VERSION = "11.11.1";
    private static final String WEBJAR = "META-INF/resources/webjars/highlightjs/" + HLJS_VERSION + "/";
    /** Grammars researchers use that highlight.js's common bundle leaves out. */
    private static final List<String> EXTRA_LANGUAGES = List.of(
            "julia", "julia-repl", "latex", "matlab", "stan", "fortran", "haskell", "scala", "mathematica",
            "dockerfile", "nix", "cmake", "protobuf", "awk", "ocaml");
    /** Fence names highlight.js lacks, mapped to its nearest grammar: CUDA C++ reads as C++. */
    private static final Map<String, String> ALIASES = Map.of("cuda", "cpp", "cu", "cpp", "tex", "latex", "jl", "julia");
    private static final String CACHE_KIND = "hljs-" + HLJS_VERSION;
    /** What the cache holds for a language highlight.js does not know, so the engine is not started for it again. */
    private static final String PLAIN = "\u0000plain";

    private final RenderCache cache;
    private final ScriptPool hljs;

    public CodeHighlighter(JsEngine js, RenderCache cache) {
        this.cache = cache;
        List<Script> scripts = new ArrayList<>();
        scripts.add(Script.onClassPath(WEBJAR + "highlight.min.js"));
        EXTRA_LANGUAGES.forEach(language -> scripts.add(Script.onClassPath(WEBJAR + "languages/" + language + ".min.js")));
        scripts.add(Script.onClassPath("quire/js/highlight-code.js"));
        this.hljs = js.pool(scripts);
    }

    /** The language named by a fence's info string: its first word, lower-cased; empty when none. */
    public static String language(String info) {
        String word = info == null ? "" : info.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (word.startsWith("{") && word.endsWith("}")) {
            word = word.substring(1, word.length() - 1); // Quarto's executable-cell form: {r}, {python}
        }
        return ALIASES.getOrDefault(word, word);
    }

    /** Starts highlight.js on every script thread in the background, before the first code block asks for it. */
    public void startInBackground() {
        hljs.startInBackground();
    }

    /** The highlighted HTML of {@code code} (escaped, with {@code hljs-*} spans), or empty to write it plain. */
    public Optional<String> highlight(String code, String language) {
        if (language.isEmpty() || !language.matches("[a-z0-9_+#.-]+")) {
            return Optional.empty();
        }
        String key = RenderCache.key(CACHE_KIND, language, code);
        String html = cache.get(CACHE_KIND, key).orElseGet(() -> {
            hljs.startInBackground(); // the first miss: every script thread loads highlight.js while this one waits
            String out;
            try {
                out = hljs.call("quireHighlight", code, language);
            } catch (ScriptError e) {
                out = null; // V8 stopped a runaway grammar: plain text, as for a grammar that fails
            }
            out = out == null ? PLAIN : out;
            cache.put(CACHE_KIND, key, out);
            return out;
        });
        return html.equals(PLAIN) ? Optional.empty() : Optional.of(html);
    }
}
