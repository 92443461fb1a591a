package dev.quire.pipeline;

import dev.quire.content.Site;
import dev.quire.diag.Problem;
import dev.quire.diag.Problems;
import dev.quire.pipeline.BuildReport.StageTime;
import java.util.List;

/**
 * What one run of the {@link Pipeline} did.
 *
 * @param ok whether it succeeded; when not, {@link #problems} holds its errors and nothing was written
 * @param full whether everything was read and planned again (the first run, settings, theme...)
 * @param site the site model of the run, {@code null} when it failed or was given up
 * @param files how many files the output plan holds (0 when the run stopped at the model)
 * @param rendered how many files were rendered or copied
 * @param settled false when only edited memos' pages were rendered, and {@link Pipeline#settle}
 *     should run next for what depends on them elsewhere (lists, feeds, search index)
 * @param problems the errors (when failed) or warnings, sorted
 * @param draftsLeftOut the files of the drafts this run did not publish (without --drafts), in
 *     path order
 * @param notes what the run did on purpose that {@code --verbose} tells, sorted
 */
public record PipelineResult(boolean ok, boolean full, Site site, int files, int rendered, boolean settled,
                             List<Problem> problems, List<StageTime> timings, long millis, List<String> draftsLeftOut,
                             List<String> notes) {

    static PipelineResult written(boolean full, PipelineState state, Problems problems, Stopwatch clock) {
        return new PipelineResult(true, full, state.site(), state.plan().size(), state.rendered(), state.settled(),
                problems.sorted(), clock.timings(), clock.millis(), draftsLeftOut(state), problems.notes());
    }

    static PipelineResult modelled(Site site, Problems problems, Stopwatch clock) {
        return new PipelineResult(true, true, site, 0, 0, true, problems.sorted(), clock.timings(), clock.millis(), List.of(),
                problems.notes());
    }

    static PipelineResult failed(boolean full, Problems problems, Stopwatch clock) {
        return new PipelineResult(false, full, null, 0, 0, true, problems.sorted(), clock.timings(), clock.millis(), List.of(),
                problems.notes());
    }

    /** A settle with nothing to do. */
    static PipelineResult nothing() {
        return new PipelineResult(true, false, null, 0, 0, true, List.of(), List.of(), 0, List.of(), List.of());
    }

    /** A settle given up because an edit came meanwhile: it will run again after that edit. */
    static PipelineResult overtaken() {
        return new PipelineResult(true, false, null, 0, 0, false, List.of(), List.of(), 0, List.of(), List.of());
    }

    /** A good run publishes every memo it read except the drafts it leaves out, so those are the ones missing from the site. */
    private static List<String> draftsLeftOut(PipelineState state) {
        return state.parsed().values().stream()
                .filter(p -> !state.site().positions().containsKey(p.slug()))
                .map(p -> p.source().relativePath())
                .toList();
    }

    /** How many memos the site publishes, 0 without a site. */
    public int memos() {
        return site == null ? 0 : site.memos().size();
    }
}
