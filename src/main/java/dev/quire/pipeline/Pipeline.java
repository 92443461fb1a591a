package dev.quire.pipeline;

import dev.quire.content.Site;
import dev.quire.diag.Problems;
import dev.quire.output.OutputSink;
import dev.quire.source.SiteLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The one pipeline every command runs: config and sources, memos (in parallel), site model,
 * output plan, pages (in parallel) through an {@link OutputSink}, commit. {@code build} runs it
 * once into a {@link dev.quire.output.DiskSink}; {@code check} into memory; {@code stats} and
 * {@code new memo} stop at the site model ({@link #model}); {@code serve} keeps one pipeline and
 * runs it again on each change ({@link #update}), when it reads again only the memos that
 * changed, reassembles the model (cheap), works out which of its parts changed
 * ({@link MemoChanges}) and renders only the files whose declared inputs include one of them.
 * A change to the settings, the bibliography or the theme runs it all again.
 *
 * <p>Every problem of every stage is collected; a run that finds an error aborts the sink, so the
 * previous output stays as it was, and the files it could not take in are tried again with the
 * next change.
 *
 * <p>One thread runs {@link #update}s; {@link #settle} may run on another at the same time (it
 * works on the state it started from and is dropped if an update came meanwhile).
 */
public final class Pipeline implements AutoCloseable {
    private final SiteLayout layout;
    private final MemoRenderers renderers;
    private final Stages stages;

    /** The last good run; {@code null} until one succeeded. */
    private volatile PipelineState state;
    /** Changes a failed run could not take in, tried again with the next change. */
    private final Set<Path> pending = new HashSet<>();
    private boolean fullPending = true;

    /** @param writesOutputFolder whether full runs replace {@code options.outputDir()} (and guard it: {@link OutputGuard}) */
    private Pipeline(BuildOptions options, boolean writesOutputFolder) {
        this.layout = new SiteLayout(options.siteDir());
        this.renderers = new MemoRenderers(options, layout);
        this.stages = new Stages(options, layout, renderers, writesOutputFolder);
    }

    /** A pipeline whose output replaces {@code options.outputDir()}: {@code build}, and {@code check} as if it did. */
    public static Pipeline forBuild(BuildOptions options) {
        return new Pipeline(options, true);
    }

    /** A pipeline whose output stays in memory ({@code serve}, {@code stats}, {@code new memo}): no output folder to guard. */
    public static Pipeline inMemory(BuildOptions options) {
        return new Pipeline(options, false);
    }

    public SiteLayout layout() {
        return layout;
    }

    /** The site model of a full read, without planning or writing anything: for {@code stats} and {@code new memo}. */
    public PipelineResult model() {
        Stopwatch clock = new Stopwatch(renderers.cache());
        Problems problems = new Problems();
        Optional<Site> site = stages.model(problems, clock);
        if (site.isEmpty()) {
            return PipelineResult.failed(true, problems, clock);
        }
        return PipelineResult.modelled(site.get(), problems, clock);
    }

    /** A full run into {@code sink}, as at start. */
    public PipelineResult buildAll(OutputSink sink) {
        fullPending = true;
        return update(List.of(), sink);
    }

    /**
     * Takes in changed files (absolute paths anywhere in the site folder) and writes what they
     * touch to {@code sink}, which holds the output of the last good run (a caller that settles
     * on another thread makes the sink while holding this pipeline's lock).
     */
    public synchronized PipelineResult update(Collection<Path> changedFiles, OutputSink sink) {
        Stopwatch clock = new Stopwatch(renderers.cache());
        Set<Path> changes = new HashSet<>(pending);
        for (Path p : changedFiles) {
            changes.add(p.toAbsolutePath().normalize());
        }
        boolean full = fullPending || state == null || changes.stream().anyMatch(this::affectsEverything);
        Problems problems = new Problems();
        Optional<PipelineState> next;
        try {
            next = full ? stages.all(state, problems, sink, clock) : stages.changed(state, changes, problems, sink, clock);
        } catch (UncheckedIOException e) {
            if (state == null) {
                abort(sink, e);
                throw e; // a first build cannot read its files: an I/O failure, said as one
            }
            // a file vanished between listing and reading it (an editor's save): try again with the next change
            problems.error(layout.relative(layout.root()), e.getMessage() + ": " + e.getCause().getMessage(),
                    "save the file again");
            next = Optional.empty();
        } catch (RuntimeException | Error e) {
            // a defect (a stack overflow included): nothing of this run is kept, and the next
            // run, with the next change, starts over in full
            abort(sink, e);
            pending.addAll(changes);
            fullPending = true;
            throw e;
        }
        if (next.isEmpty() || problems.hasErrors()) {
            sink.abort();
            pending.clear();
            pending.addAll(changes);
            fullPending = full;
            return PipelineResult.failed(full, problems, clock);
        }
        pending.clear();
        fullPending = false;
        commit(sink, clock);
        state = next.get();
        return PipelineResult.written(full, next.get(), problems, clock);
    }

    /**
     * Writes what the runs so far put in the cache, keeping it open, for {@code serve}'s next
     * start or a build ({@code build} writes it when it closes). Safe while another run goes on.
     * {@code serve} calls it once an edit's pages are out, not before: a write of the cache, and
     * at every eighth a merge of its packs, took up to 1.4 s of a 4,000-memo site's rebuild.
     */
    public void keepRendered() {
        renderers.flush();
    }

    /**
     * After a body-only edit: renders everything else that depends on the edited memos (a feed
     * holding it, the search index), comparing the whole site as any other change does. Given up
     * as soon as {@code newChanges} says more edits wait: they go first, and the settling is done
     * again after them. A given-up or needless settle writes nothing.
     *
     * @param sinkOverCurrentOutput a sink holding the output of the last good run, asked for
     *     while no other run can change it
     */
    public PipelineResult settle(BooleanSupplier newChanges, Supplier<OutputSink> sinkOverCurrentOutput) {
        Stopwatch clock = new Stopwatch(renderers.cache());
        PipelineState s;
        OutputSink sink;
        synchronized (this) { // the state and the output it was written to, taken together
            s = state;
            if (s == null || s.settled()) {
                return PipelineResult.nothing();
            }
            sink = sinkOverCurrentOutput.get();
        }
        Problems problems = new Problems();
        BooleanSupplier overtaken = () -> state != s || newChanges.getAsBoolean();
        Optional<PipelineState> next;
        try {
            next = stages.settle(s, problems, sink, overtaken, clock);
        } catch (CancellationException e) {
            sink.abort();
            return PipelineResult.overtaken();
        }
        if (next.isEmpty()) {
            sink.abort();
            return PipelineResult.failed(false, problems, clock);
        }
        synchronized (this) {
            if (state != s) {
                sink.abort();
                return PipelineResult.overtaken();
            }
            commit(sink, clock);
            state = next.get();
        }
        return PipelineResult.written(false, next.get(), problems, clock);
    }

    /** Closes the Markdown renderer's script engine and caches. */
    @Override
    public void close() {
        renderers.close();
    }

    /** Aborts the sink after {@code failure}; a failure to abort never hides the first one. */
    private static void abort(OutputSink sink, Throwable failure) {
        try {
            sink.abort();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void commit(OutputSink sink, Stopwatch clock) {
        try {
            sink.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new output into place", e);
        }
        clock.lap("commit");
    }

    /** Whether a change to {@code file} may change every page: settings, bibliography, theme, the memos folder itself. */
    private boolean affectsEverything(Path file) {
        return file.equals(layout.config()) || file.equals(layout.references()) || file.startsWith(layout.theme())
                || file.equals(layout.root()) || file.equals(layout.memos()) || file.equals(layout.staticFiles())
                || file.equals(layout.pages());
    }

}
