package dev.quire.serve;

import dev.quire.diag.Problem;
import dev.quire.output.MemorySink;
import dev.quire.pipeline.BuildOptions;
import dev.quire.pipeline.BuildReport.StageTime;
import dev.quire.pipeline.Pipeline;
import dev.quire.pipeline.PipelineResult;
import dev.quire.render.RenderContext;
import dev.quire.source.SiteLayout;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BooleanSupplier;

/**
 * The site {@code serve} keeps built in memory: the one {@link Pipeline}, run again on each
 * change, writing through a {@link MemorySink} over the last good output. What a run changed is
 * what open pages reload.
 *
 * <p>One thread runs {@link #update}s; {@link #settle} may run on another at the same time;
 * {@link #files()} may be read from any thread.
 */
public final class LiveSite implements AutoCloseable {
    private final Pipeline pipeline;
    private volatile SortedMap<String, byte[]> files = Collections.emptySortedMap();
    private volatile String basePath = "/";

    /**
     * What one rebuild did.
     *
     * @param rendered how many files were rendered or copied again
     * @param changed the output paths whose bytes changed, were added or were removed
     * @param problems the errors (when failed) or warnings
     * @param settled false when only the edited memos' pages were rendered, and {@link #settle}
     *     should run next for the files that depend on them elsewhere (lists, feeds, search index)
     * @param timings the time each stage took, as {@code build --timings} shows it
     */
    public record Outcome(boolean ok, boolean full, int rendered, int memos, Set<String> changed, long millis,
                          List<Problem> problems, boolean settled, List<StageTime> timings) {

        /** "rebuilt 6 pages in 23 ms" */
        public String summary() {
            return (full ? "built " + memos + " memos, " : "rebuilt ") + rendered + (rendered == 1 ? " page" : " pages")
                    + " in " + millis + " ms";
        }
    }

    public LiveSite(BuildOptions options) {
        this.pipeline = Pipeline.inMemory(options);
    }

    public SiteLayout layout() {
        return pipeline.layout();
    }

    /** The output of the last good build by site path; empty before the first. Never modified. */
    public Map<String, byte[]> files() {
        return files;
    }

    /** The path the last good build's links start with: "/", or "/notes/" for {@code base_url: https://x.org/notes/}. */
    public String basePath() {
        return basePath;
    }

    /** A full build, as at start. */
    public Outcome buildAll() {
        synchronized (pipeline) {
            MemorySink sink = sink();
            return outcome(pipeline.buildAll(sink), sink);
        }
    }

    /** Takes in changed files (absolute paths anywhere in the site folder). */
    public Outcome update(Collection<Path> changedFiles) {
        synchronized (pipeline) {
            MemorySink sink = sink();
            return outcome(pipeline.update(changedFiles, sink), sink);
        }
    }

    /** After a body-only edit: the rest of what shows the body; see {@link Pipeline#settle}. */
    public Outcome settle() {
        return settle(() -> false);
    }

    /** {@link #settle()}, given up as soon as {@code newChanges} says more edits wait. */
    public Outcome settle(BooleanSupplier newChanges) {
        MemorySink[] sink = new MemorySink[1];
        PipelineResult result = pipeline.settle(newChanges, () -> sink[0] = sink());
        return outcome(result, sink[0]);
    }

    /** Writes what the rebuilds put in the cache; see {@link Pipeline#keepRendered}. */
    public void keepRendered() {
        pipeline.keepRendered();
    }

    @Override
    public void close() {
        pipeline.close();
    }

    /** A sink over the current output that publishes what it commits, while the pipeline's lock is held. */
    private MemorySink sink() {
        return MemorySink.over(files, published -> files = published);
    }

    private Outcome outcome(PipelineResult r, MemorySink sink) {
        if (r.ok() && r.site() != null) {
            basePath = RenderContext.basePath(r.site().config().baseUrl()); // not a whole context per rebuild
        }
        Set<String> changed = r.ok() && sink != null && r.site() != null ? sink.changed() : Set.of();
        return new Outcome(r.ok(), r.full(), r.rendered(), r.memos(), changed, r.millis(), r.problems(), r.settled(), r.timings());
    }
}
