package dev.quire.js;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;
import org.graalvm.polyglot.Context;

/**
 * Contexts that have evaluated the same scripts, lent to one thread at a time. A JavaScript
 * context is single-threaded, so each worker thread borrows its own; the pool never holds more
 * contexts than threads that ran at once, and a context is created only when none is free.
 */
public final class ScriptPool {
    private final JsEngine js;
    private final List<Script> scripts;
    private final ConcurrentLinkedDeque<Context> idle = new ConcurrentLinkedDeque<>();
    private final List<Context> all = new ArrayList<>();

    ScriptPool(JsEngine js, List<Script> scripts) {
        this.js = js;
        this.scripts = List.copyOf(scripts);
    }

    /** Runs {@code work} with a context of its own; the context goes back to the pool after. */
    public <T> T call(Function<Context, T> work) {
        Context context = idle.pollFirst();
        if (context == null) {
            context = start();
        }
        try {
            return work.apply(context);
        } finally {
            idle.addFirst(context);
        }
    }

    private Context start() {
        // scripts may log (KaTeX warns on the console): nothing of theirs reaches the user
        Context context = Context.newBuilder("js").engine(js.engine())
                .out(OutputStream.nullOutputStream()).err(OutputStream.nullOutputStream()).build();
        for (Script script : scripts) {
            context.eval(script.source());
        }
        synchronized (all) {
            all.add(context);
        }
        return context;
    }

    void close() {
        synchronized (all) {
            all.forEach(Context::close);
            all.clear();
        }
        idle.clear();
    }
}
