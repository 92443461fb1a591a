package dev.quire.cli;

import dev.quire.check.ProblemJson;
import dev.quire.check.SiteCheck;
import dev.quire.diag.Problem;
import dev.quire.diag.ProblemPrinter;
import dev.quire.pipeline.BuildOptions;
import dev.quire.render.Format;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quire check}: every check, nothing written; exit 1 when any error is found. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Run every check (build problems, links and anchors, repetition) without writing anything.")
final class CheckCommand implements Callable<Integer> {
    enum OutputFormat { text, json }

    @Mixin
    SiteOptions site;

    @Mixin
    JsEngineOption engine;

    @Option(names = "--drafts", description = "also check memos marked draft: true")
    boolean drafts;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
    OutputFormat format = OutputFormat.text;

    @Option(names = "--similar", paramLabel = "N", arity = "0..1", fallbackValue = "10",
            description = "instead of checking, print the N closest pairs of memos of the whole site (default 10)")
    Integer similar;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path siteDir = site.siteDir();
        if (similar != null) {
            return SimilarPairs.print(siteDir, drafts, similar, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        SiteCheck.Result result = SiteCheck.run(new BuildOptions(siteDir, siteDir.resolve("_site"), drafts).withJsEngine(engine.kind));
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.print(ProblemJson.of(result));
        } else {
            for (Problem p : result.problems()) {
                out.print(ProblemPrinter.format(p));
            }
            out.println(summary(result));
        }
        out.flush();
        return result.errors() > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    /** "checked 15 memos, 52 pages, 1,200 links: 1 error, 2 warnings" */
    static String summary(SiteCheck.Result r) {
        String what = r.pages() == 0 ? "the build stopped before any page was written"
                : "checked " + Format.plural(r.memos(), "memo") + ", "
                        + Format.plural(r.pages(), "page") + ", "
                        + Format.plural(r.links(), "link");
        String found = r.problems().isEmpty() ? "no problems"
                : r.errors() == 0 ? Format.plural((int) r.warnings(), "warning")
                : Format.plural((int) r.errors(), "error")
                        + (r.warnings() > 0 ? ", " + Format.plural((int) r.warnings(), "warning") : "");
        return what + ": " + found;
    }
}
