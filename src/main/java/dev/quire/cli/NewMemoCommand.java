package dev.quire.cli;

import dev.quire.check.Repetition;
import dev.quire.content.Memo;
import dev.quire.pipeline.BuildOptions;
import dev.quire.pipeline.Pipeline;
import dev.quire.pipeline.PipelineResult;
import dev.quire.scaffold.Scaffold;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quire new memo "question" [-c CATEGORY]}: writes {@code memos/DATE-slug.md}. */
@Command(name = "memo", mixinStandardHelpOptions = true, description = "Write a new memo file for a question.")
final class NewMemoCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUESTION", description = "the one narrow question the memo asks")
    String question;

    @Option(names = {"-c", "--category"}, paramLabel = "CATEGORY", description = "the memo's category")
    String category;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "the site folder (default: .)")
    Path source = Path.of(".");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (question.isBlank()) {
            spec.commandLine().getErr().println("error: the question is empty");
            spec.commandLine().getErr().println("  hint: quire new memo \"Why does warmup stabilize Adam?\"");
            return ExitCodes.USAGE;
        }
        if (!Files.isRegularFile(source.resolve("quire.yml"))) {
            spec.commandLine().getErr().println("quire.yml: error: no quire.yml in " + source.toAbsolutePath().normalize());
            spec.commandLine().getErr().println("  hint: run this inside a site folder, or pass it with -s DIR");
            return ExitCodes.PROBLEMS;
        }
        Scaffold.Memo memo = Scaffold.memo(question, category, LocalDate.now());
        Path file = source.resolve("memos").resolve(memo.fileName());
        if (Files.exists(file)) {
            spec.commandLine().getErr().println(source.relativize(file) + ": error: the file exists already");
            spec.commandLine().getErr().println("  hint: open it, or ask the question in other words");
            return ExitCodes.PROBLEMS;
        }
        printClosest(source.toAbsolutePath().normalize());
        Files.createDirectories(file.getParent());
        Files.writeString(file, memo.text());
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote " + file.normalize() + ", a draft: 'quire serve --drafts' previews it, 'quire build' leaves it out");
        out.println("  to publish it, set 'draft: false' in its front matter (or remove the line)");
        return ExitCodes.OK;
    }

    /**
     * Before a memo is written, the three earlier memos closest to the new question, with the
     * words of it each shares, and a warning when the closest is at or above the repetition
     * check's threshold.
     */
    private void printClosest(Path siteDir) {
        PrintWriter out = spec.commandLine().getOut();
        PipelineResult model;
        try (Pipeline pipeline = Pipeline.inMemory(new BuildOptions(siteDir, siteDir.resolve("_site"), true))) {
            model = pipeline.model();
        }
        if (!model.ok()) {
            out.println("(not compared with earlier memos: the site has errors; 'quire check' lists them)");
            return;
        }
        List<Memo> memos = model.site().memos();
        List<Repetition.Match> closest = Repetition.of(memos, question).closestToNew(3);
        if (closest.isEmpty()) {
            return;
        }
        out.println("closest earlier memos:");
        for (Repetition.Match m : closest) {
            out.println("  " + Repetition.format(m.score()) + "  " + m.earlier().slug() + ": " + m.earlier().questionText());
            if (!m.shared().isEmpty()) {
                out.println("        shared: " + String.join(", ", m.shared()));
            }
        }
        Repetition.Match first = closest.get(0);
        if (Repetition.isRepeat(first.score())) {
            out.println("warning: this looks like a repeat of '" + first.earlier().slug() + "' (similarity "
                    + Repetition.format(first.score()) + ")");
            out.println("  hint: if it asks something else, say so in the new memo's front matter: 'distinct_from: ["
                    + first.earlier().slug() + "]'");
        }
    }
}
