package dev.quire.js;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A thread that runs scripts, with a runtime of its own for each pool that used it. Runtimes are
 * started, used and closed on this thread only: a V8 isolate and a GraalJS context are
 * single-threaded, and V8 sets its stack limit from the thread it starts on.
 *
 * <p>The stack is large because KaTeX recurses once or more per level of a formula's nesting:
 * GraalJS, interpreted, ran out of a worker thread's default 1 MB at 50 nested square roots.
 */
final class ScriptThread extends Thread {
    /** Reserved, not committed: memory is used only as deep as a formula goes. */
    static final long STACK_BYTES = 2L * V8Library.STACK_KB * 1024;

    private final JsEngine engine;
    private final Map<ScriptPool, Backend.Runtime> runtimes = new HashMap<>();

    ScriptThread(JsEngine engine, Runnable work, String name) {
        super(null, work, name, STACK_BYTES);
        this.engine = engine;
        setDaemon(true); // never what keeps the process alive
    }

    /** The runtime of {@code pool} on this thread, started on first use. */
    Backend.Runtime runtime(ScriptPool pool) {
        Backend.Runtime runtime = runtimes.get(pool);
        if (runtime == null) {
            runtime = engine.backend().start(pool.scripts());
            runtimes.put(pool, runtime);
        }
        return runtime;
    }

    boolean belongsTo(JsEngine engine) {
        return this.engine == engine;
    }

    static ScriptThread current() {
        return (ScriptThread) Thread.currentThread();
    }

    @Override
    public void run() {
        try {
            super.run();
        } finally {
            List<Backend.Runtime> open = new ArrayList<>(runtimes.values());
            runtimes.clear();
            open.forEach(Backend.Runtime::close);
        }
    }
}
