package dev.quire.check;

import dev.quire.content.Site;
import dev.quire.diag.BuildFailedException;
import dev.quire.diag.Problem;
import dev.quire.output.MemorySink;
import dev.quire.pipeline.BuildOptions;
import dev.quire.pipeline.BuildReport;
import dev.quire.pipeline.SiteBuilder;
import dev.quire.render.RenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code quire check}: the whole build into memory, collecting every problem the build reports
 * (front matter, references, syntax, ...), then the checks that need the finished site, in
 * this order: every internal link and anchor of the output ({@link OutputLinks}, reported at the
 * memo's Markdown when the link is written there) and the repetition check ({@link Repetition}).
 * Nothing is written to disk.
 *
 * <p>Usage: {@code SiteCheck.run(options)}.
 */
public final class SiteCheck {
    private SiteCheck() {
    }

    /** Every problem found, in reading order, and what was looked at. */
    public record Result(List<Problem> problems, int memos, int pages, int links) {
        public long errors() {
            return problems.stream().filter(Problem::isError).count();
        }

        public long warnings() {
            return problems.size() - errors();
        }
    }

    public static Result run(BuildOptions options) {
        MemorySink sink = new MemorySink();
        BuildReport report;
        try {
            report = new SiteBuilder().build(options, sink);
        } catch (BuildFailedException e) {
            return new Result(e.problems(), 0, 0, 0); // no site to look further into
        }
        Site site = report.site();
        List<Problem> problems = new ArrayList<>(report.warnings());
        RenderContext ctx = RenderContext.of(site);
        OutputLinks links = OutputLinks.of(sink.files(), site.config().baseUrl(), ctx.basePath());
        problems.addAll(LinkProblems.of(links.broken(), site.memos()));
        problems.addAll(Repetition.of(site.memos()).problems());
        problems.sort(Problem.ORDER);
        return new Result(List.copyOf(problems), site.memos().size(), links.pageCount(), links.linkCount());
    }
}
