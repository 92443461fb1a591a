package dev.quire.js;

import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Engine;

/**
 * The one GraalJS engine of a build, shared by every script pool so that a script's parsed form
 * is cached once and each further context costs tens of milliseconds instead of seconds.
 *
 * <p>Nothing is started until a pool first needs a context: a build whose formulas and code blocks
 * all come from the cache never starts GraalJS. On a stock JDK the engine runs without its JIT
 * (about 1.7 s to start a context), which is why starting it lazily matters.
 *
 * <p>Usage: {@code try (JsEngine js = new JsEngine()) { ScriptPool katex = js.pool(scripts); ... }}
 */
public final class JsEngine implements AutoCloseable {
    private final List<ScriptPool> pools = new ArrayList<>();
    private Engine engine;
    private boolean closed;

    /** A pool of contexts that each evaluate {@code scripts} once, in order, when created. */
    public synchronized ScriptPool pool(List<Script> scripts) {
        ScriptPool pool = new ScriptPool(this, scripts);
        pools.add(pool);
        return pool;
    }

    synchronized Engine engine() {
        if (closed) {
            throw new IllegalStateException("the script engine was closed");
        }
        if (engine == null) {
            // interpreted on a stock JDK: say nothing about it on every run
            engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
        }
        return engine;
    }

    /** Whether any pool started a context (for timings and the benchmark). */
    public synchronized boolean started() {
        return engine != null;
    }

    @Override
    public synchronized void close() {
        closed = true;
        pools.forEach(ScriptPool::close);
        if (engine != null) {
            engine.close();
        }
    }
}
