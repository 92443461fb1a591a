package dev.quire.js;

import java.util.Locale;
import java.util.Optional;

/**
 * Which JavaScript engine runs KaTeX and highlight.js: {@code auto} (V8 where its native library
 * loads, else GraalJS), {@code v8} or {@code graaljs}. Chosen by {@code js_engine:} in
 * {@code quire.yml} or {@code --js-engine}; the output is the same whichever runs.
 */
public enum JsEngineKind {
    AUTO, V8, GRAALJS;

    /** The name as written in {@code quire.yml} and on the command line. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code name} ({@code auto}, {@code v8}, {@code graaljs}; any case), or empty. */
    public static Optional<JsEngineKind> named(String name) {
        for (JsEngineKind kind : values()) {
            if (kind.configName().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
