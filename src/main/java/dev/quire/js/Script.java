package dev.quire.js;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Source;

/**
 * A JavaScript file shipped on the class path (a WebJar's file, or one of ours), read once and
 * kept as a cached {@link Source} so every context of the engine reuses its parsed form.
 */
public final class Script {
    private final String resource;
    private volatile Source source;

    private Script(String resource) {
        this.resource = resource;
    }

    /** @param resource a class-path resource name, e.g. {@code META-INF/resources/webjars/katex/0.16.44/dist/katex.min.js} */
    public static Script onClassPath(String resource) {
        return new Script(resource);
    }

    Source source() {
        Source s = source;
        if (s == null) {
            synchronized (this) {
                if (source == null) {
                    source = Source.newBuilder("js", read(resource), resource).cached(true).buildLiteral();
                }
                s = source;
            }
        }
        return s;
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
