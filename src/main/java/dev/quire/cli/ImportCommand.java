package dev.quire.cli;

import dev.quire.diag.Problem;
import dev.quire.diag.ProblemPrinter;
import dev.quire.importer.Dialect;
import dev.quire.importer.ImportException;
import dev.quire.importer.ImportReport;
import dev.quire.importer.Importer;
import dev.quire.importer.Progress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quire import jekyll|hugo SRC [-o DIR]}: an old blog as a Quire site; the blog is only read. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Convert a Jekyll or Hugo blog into a Quire site: math, links, images and old URLs.")
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ENGINE", description = "the blog's engine: ${COMPLETION-CANDIDATES}",
            converter = DialectConverter.class, completionCandidates = Engines.class)
    Dialect dialect;

    @Parameters(index = "1", paramLabel = "SRC", description = "the blog's folder (read, never written)")
    Path source;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "the new site's folder (default: ./SRCNAME-quire)")
    Path output;

    @Option(names = {"-q", "--quiet"}, description = "no progress line and no summary; problems are still printed")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path src = source.toAbsolutePath().normalize();
        Path out = output != null ? output : Path.of(src.getFileName() + "-quire");
        try {
            ImportReport report = new Importer().run(dialect, src, out, new Progress(err, System.console() != null, quiet));
            report.problems().forEach(p -> err.print(ProblemPrinter.format(p)));
            err.flush();
            if (!quiet) {
                long warnings = report.problems().stream().filter(p -> !p.isError()).count();
                spec.commandLine().getOut().println("imported " + report.summary() + " → " + report.output()
                        + (warnings == 0 ? "" : ": " + warnings + " warning" + (warnings == 1 ? "" : "s")));
            }
            return report.problems().stream().anyMatch(Problem::isError) ? ExitCodes.PROBLEMS : ExitCodes.OK;
        } catch (ImportException e) {
            err.println(e.getMessage());
            err.println("  hint: " + e.hint());
            return e.usage() ? ExitCodes.USAGE : ExitCodes.PROBLEMS;
        }
    }

    static final class Engines implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.List.of("jekyll", "hugo").iterator();
        }
    }

    static final class DialectConverter implements picocli.CommandLine.ITypeConverter<Dialect> {
        @Override
        public Dialect convert(String value) {
            for (Dialect d : Dialect.values()) {
                if (d.label().equals(value)) {
                    return d;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("unknown engine '" + value + "': use jekyll or hugo");
        }
    }
}
