package dev.quire.js;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Scripts evaluated once in a runtime of each script thread that calls them (one thread per core).
 * Callers on any thread hand their call to a script thread and wait for its result.
 *
 * <p>Usage: {@code pool.call("quireHighlight", code, "python")}
 */
public final class ScriptPool {
    private final JsEngine engine;
    private final List<Script> scripts;
    private final AtomicBoolean warming = new AtomicBoolean();

    ScriptPool(JsEngine engine, List<Script> scripts) {
        this.engine = engine;
        this.scripts = List.copyOf(scripts);
    }

    /** The prelude, then the pool's own scripts: asked for when a runtime starts, so a build served from the cache never makes the prelude. */
    List<Script> scripts() {
        List<Script> all = new java.util.ArrayList<>();
        all.add(Script.prelude());
        all.addAll(scripts);
        return all;
    }

    /**
     * Calls a global function of the scripts with string and boolean arguments.
     *
     * @return what it returned, as a string; null when it returned null
     * @throws ScriptError when the script threw
     */
    public String call(String function, Object... args) {
        return engine.onScriptThread(() -> ScriptThread.current().runtime(this).call(function, args));
    }

    /**
     * Starts the engine and a runtime on every script thread in the background, once: called when
     * the first input missing from the cache is seen, so that the start overlaps the rest of the
     * work instead of waiting for each thread's first call.
     */
    public void startInBackground() {
        if (warming.compareAndSet(false, true)) {
            engine.onEveryThreadInBackground(() -> ScriptThread.current().runtime(this));
        }
    }
}
