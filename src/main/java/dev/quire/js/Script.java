package dev.quire.js;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A JavaScript file shipped on the class path (a WebJar's file, or one of ours), read once. Every
 * engine runs the same text: V8 and GraalJS are given the very same scripts, with their Unicode
 * property escapes written out ({@link UnicodeClasses}) for V8's sake.
 */
public final class Script {
    /**
     * Evaluated before every pool's scripts: Unicode property escapes for engines without ICU.
     * Made when an engine first starts, not when this class loads: building its tables is work a
     * build served from the cache never needs, though it reads KaTeX's stylesheet through
     * {@link #read}.
     */
    static Script prelude() {
        return Prelude.SCRIPT;
    }

    /** The holder-class idiom: initialised on first use, immutable after. */
    private static final class Prelude {
        static final Script SCRIPT = new Script("quire/js/unicode-regexp.js", UnicodeClasses.prelude());
    }

    private final String resource;
    private volatile String text;

    private Script(String resource) {
        this.resource = resource;
    }

    private Script(String resource, String text) {
        this.resource = resource;
        this.text = text;
    }

    /** @param resource a class-path resource name, e.g. {@code META-INF/resources/webjars/katex/0.16.44/dist/katex.min.js} */
    public static Script onClassPath(String resource) {
        return new Script(resource);
    }

    /** A script given as text, named {@code name} in engines' messages (tests, and the prelude). */
    static Script inline(String name, String text) {
        return new Script(name, UnicodeClasses.rewriteLiterals(text));
    }

    /** The resource name, which engines show as the script's file in their messages. */
    String resource() {
        return resource;
    }

    String text() {
        String t = text;
        if (t == null) {
            t = UnicodeClasses.rewriteLiterals(read(resource));
            text = t;
        }
        return t;
    }

    /** The resource's text, UTF-8. */
    public static String read(String resource) {
        try (InputStream in = Script.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
