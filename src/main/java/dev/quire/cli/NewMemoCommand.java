package dev.quire.cli;

import dev.quire.scaffold.Scaffold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
        Files.createDirectories(file.getParent());
        Files.writeString(file, memo.text());
        spec.commandLine().getOut().println("wrote " + file.normalize());
        return ExitCodes.OK;
    }
}
