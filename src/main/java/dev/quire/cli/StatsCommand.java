package dev.quire.cli;

import dev.quire.content.Cadence;
import dev.quire.content.Memo;
import dev.quire.diag.ProblemPrinter;
import dev.quire.pipeline.BuildOptions;
import dev.quire.pipeline.Pipeline;
import dev.quire.pipeline.PipelineResult;
import dev.quire.render.Format;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quire stats}: the publishing rhythm, from a build in memory. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print memos per month and per category, the weekly streak and word counts.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--drafts", description = "also count memos marked draft: true")
    boolean drafts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path siteDir = site.siteDir();
        PipelineResult model;
        try (Pipeline pipeline = Pipeline.inMemory(new BuildOptions(siteDir, siteDir.resolve("_site"), drafts))) {
            model = pipeline.model();
        }
        if (!model.ok()) {
            ProblemPrinter.print(model.problems(), spec.commandLine().getErr());
            return ExitCodes.PROBLEMS;
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Memo> memos = model.site().memos();
        Cadence cadence = Cadence.of(memos);
        if (memos.isEmpty()) {
            out.println("no memos published yet");
            out.flush();
            return ExitCodes.OK;
        }
        out.println(Format.plural(memos.size(), "memo") + ", " + Format.isoDate(memos.get(memos.size() - 1).date())
                + " to " + Format.isoDate(memos.get(0).date()));
        Cadence.Words w = cadence.words();
        out.println("words: " + number(w.total()) + " in all; " + number(w.mean()) + " a memo on average, median "
                + number(w.median()) + ", shortest " + number(w.shortest()) + ", longest " + number(w.longest()));
        out.println("weekly streak: " + Format.plural(cadence.streakAtNewest(), "week") + " up to the newest memo, longest "
                + Format.plural(cadence.longestStreak(), "week") + "; memos in " + cadence.weeksWithMemos() + " weeks");
        out.println();
        out.println("per month:");
        print(out, cadence.months());
        out.println();
        out.println("per category:");
        print(out, cadence.categories());
        out.flush();
        return ExitCodes.OK;
    }

    /** One line per count, with a bar of '#' as long as the count. */
    private static void print(PrintWriter out, List<Cadence.Count> counts) {
        int width = counts.stream().mapToInt(c -> c.label().length()).max().orElse(0);
        for (Cadence.Count c : counts) {
            out.printf(Locale.ROOT, "  %-" + width + "s  %3d  %s%n", c.label(), c.memos(), "#".repeat(c.memos()));
        }
    }

    private static String number(int n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }
}
