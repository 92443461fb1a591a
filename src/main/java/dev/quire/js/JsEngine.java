package dev.quire.js;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JavaScript engine of a build, which runs KaTeX and highlight.js: V8 (through Javet) where
 * its native library loads, GraalJS everywhere else, as {@link JsEngineKind} says. Both run the
 * same scripts, and give the same output.
 *
 * <p>Scripts run on the engine's own threads, one per core ({@link ScriptThread}), each with a
 * runtime per {@link ScriptPool}. Nothing is started until a pool is first called or warmed: a
 * build whose formulas and code blocks all come from the cache never loads an engine.
 *
 * <p>With {@link JsEngineKind#AUTO}, a V8 library that fails to load is said once
 * ({@link #takeWarning}) and GraalJS runs instead; asked for by name, V8 that fails to load
 * fails the build. A script that throws is its input's problem ({@link ScriptError}); anything
 * else the engine throws is a defect, never a page.
 *
 * <p>Usage: {@code try (JsEngine js = new JsEngine(kind)) { ScriptPool katex = js.pool(scripts); ... }}
 */
public final class JsEngine implements AutoCloseable {
    private final JsEngineKind kind;
    private final int threads;
    private final List<ScriptPool> pools = new ArrayList<>();
    private final AtomicInteger threadNumber = new AtomicInteger();
    private ThreadPoolExecutor executor;
    private Backend backend;
    private String warning;
    private boolean closed;

    /** V8 where it loads, else GraalJS. */
    public JsEngine() {
        this(JsEngineKind.AUTO);
    }

    public JsEngine(JsEngineKind kind) {
        this(kind, Runtime.getRuntime().availableProcessors());
    }

    /** @param threads how many scripts run at once: one runtime per thread and pool */
    public JsEngine(JsEngineKind kind, int threads) {
        this.kind = kind;
        this.threads = Math.max(1, threads);
    }

    /** A pool of runtimes that each evaluate {@code scripts} once, in order, when created. */
    public synchronized ScriptPool pool(List<Script> scripts) {
        ScriptPool pool = new ScriptPool(this, scripts);
        pools.add(pool);
        return pool;
    }

    /** Whether an engine was loaded (for timings and the benchmark). */
    public synchronized boolean started() {
        return backend != null;
    }

    /** The engine that ran, "V8" or "GraalJS", or "none" when nothing needed one. */
    public synchronized String engineName() {
        return backend == null ? "none" : backend.name();
    }

    /** Why V8 was not used though it was wanted, once: the warning of the build that found out. */
    public synchronized Optional<String> takeWarning() {
        String w = warning;
        warning = null;
        return Optional.ofNullable(w);
    }

    /** The engine, chosen and loaded on first use (on a script thread). */
    synchronized Backend backend() {
        if (closed) {
            throw new IllegalStateException("the script engine was closed");
        }
        if (backend == null) {
            backend = choose();
        }
        return backend;
    }

    private Backend choose() {
        if (kind == JsEngineKind.GRAALJS) {
            return new GraalBackend();
        }
        try {
            return V8Backend.load();
        } catch (EngineUnavailable e) {
            if (kind == JsEngineKind.V8) {
                throw e;
            }
            warning = e.getMessage();
            return new GraalBackend();
        }
    }

    <T> T onScriptThread(Callable<T> work) {
        if (Thread.currentThread() instanceof ScriptThread thread && thread.belongsTo(this)) {
            return inline(work); // a task of inParallel: its own runtime, no hand-off
        }
        Future<T> result = executor().submit(work);
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while a script ran");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("the script engine failed: " + cause, cause);
        }
    }

    private static <T> T inline(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the script engine failed: " + e, e);
        }
    }

    /**
     * Applies {@code work} to every item, in parallel on the script threads, and returns the
     * results in the items' order. The scripts that {@code work} calls run on the thread already
     * running it, with that thread's runtime. Rendering memo bodies this way, instead of on other
     * threads that hand each formula to a script thread and wait, saves a thread switch per
     * formula and code block; with as many busy threads as cores, each switch waited for a core
     * (a 1,000-memo build with an empty cache: 3,832 calls, ~1.3 s of script time, ~2.9 s waited).
     * The first failure in item order is thrown, after every started item has finished.
     */
    public <I, T> List<T> inParallel(List<I> items, java.util.function.Function<I, T> work) {
        if (items.size() <= 1 || Thread.currentThread() instanceof ScriptThread) {
            return items.stream().map(work).toList(); // nested, or nothing to share: no task can wait for another
        }
        List<Future<T>> futures = new ArrayList<>(items.size());
        ThreadPoolExecutor pool = executor();
        for (I item : items) {
            futures.add(pool.submit(() -> work.apply(item)));
        }
        List<T> results = new ArrayList<>(items.size());
        RuntimeException failure = null;
        Error error = null;
        for (Future<T> future : futures) {
            try {
                T result = future.get();
                if (failure == null && error == null) {
                    results.add(result);
                }
            } catch (InterruptedException e) {
                futures.forEach(f -> f.cancel(true));
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while memos were rendered");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (failure == null && error == null) {
                    if (cause instanceof Error err) {
                        error = err;
                    } else if (cause instanceof RuntimeException runtime) {
                        failure = runtime;
                    } else {
                        failure = new IllegalStateException("a task failed: " + cause, cause);
                    }
                    futures.forEach(f -> f.cancel(false)); // the rest need not start
                }
            } catch (CancellationException e) {
                // cancelled after an earlier failure, which is the one thrown
            }
        }
        if (error != null) {
            throw error;
        }
        if (failure != null) {
            throw failure;
        }
        return results;
    }

    /** Runs {@code work} once per script thread, without waiting; failures surface at the next call. */
    void onEveryThreadInBackground(Runnable work) {
        ThreadPoolExecutor pool = executor();
        pool.prestartAllCoreThreads();
        for (int i = 0; i < threads; i++) {
            pool.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    // the same failure is met, and reported, by the call that needs the runtime
                }
            });
        }
    }

    private synchronized ThreadPoolExecutor executor() {
        if (closed) {
            throw new IllegalStateException("the script engine was closed");
        }
        if (executor == null) {
            executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                    work -> new ScriptThread(this, work, "quire-script-" + threadNumber.incrementAndGet()));
        }
        return executor;
    }

    /** Closes every runtime (each on its own thread), then the engine. */
    @Override
    public void close() {
        ThreadPoolExecutor running;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            running = executor;
        }
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Backend started;
        synchronized (this) {
            started = backend;
        }
        if (started != null) {
            started.close();
        }
    }
}
