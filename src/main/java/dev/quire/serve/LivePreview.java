package dev.quire.serve;

import dev.quire.diag.Defects;
import dev.quire.diag.Problem;
import dev.quire.diag.ProblemPrinter;
import dev.quire.pipeline.BuildOptions;
import dev.quire.serve.LiveSite.Outcome;
import dev.quire.serve.LiveSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * {@code quire serve} put together: the site built into memory, served, and rebuilt after every
 * change to its files, each rebuild announced to open pages. Starts even when the first build
 * fails: pages then show the errors until they are fixed.
 */
public final class LivePreview implements AutoCloseable {
    private final LiveSite site;
    private final PreviewServer server;
    private final SiteWatcher watcher;
    private final PrintWriter out;
    private final PrintWriter err;
    private final ExecutorService settler = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "quire-settle");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean settleQueued = new AtomicBoolean();
    /** Runs first in every rebuild: nothing in use; a test makes a rebuild fail as a defect would. */
    private final Consumer<Set<Path>> beforeRebuild;
    /** Whether each rebuild prints the time its stages took. */
    private final boolean timings;

    private LivePreview(BuildOptions options, PreviewServer server, PrintWriter out, PrintWriter err,
                        Consumer<Set<Path>> beforeRebuild, boolean timings) throws IOException {
        this.site = new LiveSite(options);
        this.timings = timings;
        this.server = server;
        this.out = out;
        this.err = err;
        this.beforeRebuild = beforeRebuild;
        this.watcher = new SiteWatcher(options.siteDir(), options.outputDir(), this::rebuild);
    }

    /**
     * Binds {@code host:port} (0: any free port), builds, serves and starts watching.
     *
     * @throws java.net.BindException when the port is taken; nothing was built then
     */
    public static LivePreview start(BuildOptions options, String host, int port, PrintWriter out, PrintWriter err)
            throws IOException {
        return start(options, host, port, out, err, false);
    }

    /** {@link #start}, printing the time each stage of every rebuild took when {@code timings}. */
    public static LivePreview start(BuildOptions options, String host, int port, PrintWriter out, PrintWriter err,
                                    boolean timings) throws IOException {
        return start(options, host, port, out, err, changes -> { }, timings);
    }

    /** {@link #start}, with work run first in every rebuild (a test's fault). */
    static LivePreview start(BuildOptions options, String host, int port, PrintWriter out, PrintWriter err,
                             Consumer<Set<Path>> beforeRebuild, boolean timings) throws IOException {
        PreviewServer server = new PreviewServer(host, port, java.util.Map.of());
        LivePreview preview;
        try {
            preview = new LivePreview(options, server, out, err, beforeRebuild, timings);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        preview.watcher.start(); // before the first build, so that no change made during it is missed
        // A change seen while the first build runs waits for it, and is then rebuilt against it:
        // otherwise that rebuild could finish first and announce the whole site as changed to
        // pages that open after the first build.
        synchronized (preview) {
            preview.publish(preview.site.buildAll());
            // before serving: after a first build that rendered much (a new Quire, an empty
            // cache), writing it took the settler's thread from the first saves' settling
            preview.keepRendered();
        }
        server.start();
        return preview;
    }

    public int port() {
        return server.port();
    }

    /** Where the site is served: "/", or the path of its {@code base_url} ("/notes/"). */
    public String basePath() {
        return site.basePath();
    }

    /** One batch of changed files: rebuild, print what happened, tell the open pages. */
    private synchronized void rebuild(Set<Path> changes) {
        try {
            beforeRebuild.accept(changes);
            Outcome outcome = site.update(changes);
            publish(outcome);
            if (outcome.ok() && !outcome.settled() && settleQueued.compareAndSet(false, true)) {
                settler.execute(this::settle);
            }
            // after the settling, on its thread: the cache is written once the pages are out
            settler.execute(this::keepRendered);
        } catch (Throwable e) { // NOPMD: a stack overflow or any other Error must not end the preview either
            failed(e, changes);
        }
    }

    /**
     * A rebuild that failed as a defect, not with problems in the content: said on the terminal
     * and in the box on every page, as an error of the file saved; the pages keep showing the
     * last good build, and the next save is tried in full.
     */
    private void failed(Throwable e, Set<Path> changes) {
        String file = changes.stream().filter(p -> p.startsWith(site.layout().root()))
                .map(p -> site.layout().relative(p)).sorted().findFirst().orElse("quire.yml");
        Problem problem = Problem.error(file, 0, 0, "the rebuild after this change failed: " + Defects.describe(e),
                "this is a defect in Quire, not in the file; the pages show the last good build; save again to retry", null);
        ProblemPrinter.print(List.of(problem), err);
        server.fail(List.of(problem));
    }

    /**
     * After a body edit's page is out: the rest of what shows the body (feeds, the search
     * index), on its own thread so that the next edit never waits for it. Given up when an edit
     * comes meanwhile; that edit queues the settling again.
     */
    private void settle() {
        settleQueued.set(false);
        try {
            Outcome rest = site.settle(watcher::hasPending);
            if (!rest.settled()) {
                return;
            }
            synchronized (this) {
                ProblemPrinter.print(rest.problems(), err);
                if (rest.ok()) {
                    out.println("  then " + rest.changed().size() + " more " + (rest.changed().size() == 1 ? "file" : "files")
                            + " in " + rest.millis() + " ms");
                    printTimings(rest);
                    out.flush();
                    server.update(site.files(), rest.changed(), site.basePath());
                }
            }
        } catch (Throwable e) { // NOPMD: as in rebuild
            err.println("error: updating the feeds and the search index failed: " + Defects.describe(e));
            err.flush();
        }
    }

    private void printTimings(Outcome outcome) {
        if (timings) {
            outcome.timings().forEach(t -> out.println("    " + t.line()));
        }
    }

    private void keepRendered() {
        try {
            site.keepRendered();
        } catch (RuntimeException e) { // NOPMD: the cache is only ever slower for failing
            err.println("warning: the cache could not be written: " + Defects.describe(e));
            err.flush();
        }
    }

    private void publish(Outcome outcome) {
        ProblemPrinter.print(outcome.problems(), err);
        if (outcome.ok()) {
            out.println(outcome.summary());
            printTimings(outcome);
            out.flush();
            server.update(site.files(), outcome.changed(), site.basePath());
        } else {
            server.fail(outcome.problems());
        }
    }

    @Override
    public void close() throws IOException {
        settler.shutdownNow();
        watcher.close();
        server.close();
        site.close();
    }
}
