package dev.quire.cli;

import dev.quire.config.ConfigLoader;
import dev.quire.config.Placeholders;
import dev.quire.diag.BuildFailedException;
import dev.quire.diag.Problem;
import dev.quire.diag.ProblemPrinter;
import dev.quire.output.DiskSink;
import dev.quire.pipeline.BuildOptions;
import dev.quire.pipeline.BuildReport;
import dev.quire.pipeline.SiteBuilder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quire build}: a full build to disk. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site into a folder.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Mixin
    JsEngineOption engine;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "the output folder (default: DIR/_site)")
    Path output;

    @Option(names = "--drafts", description = "also build memos marked draft: true")
    boolean drafts;

    @Option(names = "--timings", description = "print the time each stage took, and which engine rendered math and code")
    boolean timings;

    @Option(names = "--cache", paramLabel = "DIR", description = "where rendered formulas and code blocks are kept between builds (default: DIR/.quire-cache)")
    Path cache;

    @Option(names = "--no-cache", description = "render every formula and code block anew, and keep nothing")
    boolean noCache;

    @Option(names = {"-q", "--quiet"}, description = "print nothing on success")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "also say what the site's own files replace of the default theme")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path siteDir = site.siteDir();
        Path out = output != null ? output.toAbsolutePath().normalize() : siteDir.resolve("_site");
        Path cacheDir = noCache ? null : cache != null ? cache.toAbsolutePath().normalize() : siteDir.resolve(BuildOptions.CACHE_FOLDER);
        BuildOptions options = new BuildOptions(siteDir, out, drafts, cacheDir, engine.kind);
        PrintWriter err = spec.commandLine().getErr();
        try (DiskSink sink = new DiskSink(out, note -> {
            err.println("note: " + note);
            err.flush();
        })) {
            BuildReport report = new SiteBuilder().build(options, sink);
            List<Problem> warnings = new ArrayList<>(Placeholders.in(Files.readString(siteDir.resolve(ConfigLoader.FILE))));
            warnings.addAll(report.warnings());
            warnings.sort(Problem.ORDER);
            ProblemPrinter.print(warnings, err);
            if (verbose) {
                report.notes().forEach(note -> spec.commandLine().getOut().println("  " + note));
            }
            if (!quiet) {
                spec.commandLine().getOut().println(report.summary() + " → " + out);
                if (!report.draftsNote().isEmpty()) {
                    spec.commandLine().getOut().println(report.draftsNote());
                }
            }
            if (timings) {
                report.timings().forEach(t -> spec.commandLine().getOut().println("  " + t.line()));
            }
            return ExitCodes.OK;
        } catch (BuildFailedException e) {
            // a first build that fails has no previous output to speak of
            ProblemPrinter.print(e.problems(), err, Files.isDirectory(out) ? ProblemPrinter.PREVIOUS_KEPT : "nothing was written");
            return ExitCodes.PROBLEMS;
        }
    }
}
