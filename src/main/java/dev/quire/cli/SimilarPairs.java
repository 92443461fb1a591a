package dev.quire.cli;

import dev.quire.check.Repetition;
import dev.quire.content.Memo;
import dev.quire.diag.ProblemPrinter;
import dev.quire.pipeline.BuildOptions;
import dev.quire.pipeline.Pipeline;
import dev.quire.pipeline.PipelineResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code quire check --similar}: the closest pairs of memos of the whole site, closest first, with
 * their scores and the words they share, so a writer can see how near the repetition check's
 * threshold the site's memos come, and which memos a reader will find related.
 */
final class SimilarPairs {
    private SimilarPairs() {
    }

    static int print(Path siteDir, boolean drafts, int count, PrintWriter out, PrintWriter err) {
        PipelineResult model;
        try (Pipeline pipeline = Pipeline.inMemory(new BuildOptions(siteDir, siteDir.resolve("_site"), drafts))) {
            model = pipeline.model();
        }
        if (!model.ok()) {
            model.problems().forEach(p -> err.print(ProblemPrinter.format(p)));
            err.println("(memos not compared: the site has errors)");
            err.flush();
            return ExitCodes.PROBLEMS;
        }
        List<Memo> memos = model.site().memos();
        List<Repetition.Pair> pairs = Repetition.of(memos).closestPairs(Math.max(0, count));
        out.println("the " + pairs.size() + " closest pairs of " + memos.size() + " memos (a repeat from "
                + Repetition.format(Repetition.THRESHOLD) + "):");
        for (Repetition.Pair p : pairs) {
            out.println("  " + Repetition.format(p.score()) + "  " + p.newer().slug() + " ~ " + p.older().slug()
                    + (p.shared().isEmpty() ? "" : "  " + Repetition.words(p.shared())));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
