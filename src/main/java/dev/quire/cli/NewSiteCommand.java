package dev.quire.cli;

import dev.quire.scaffold.Scaffold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quire new site DIR}: a site folder with settings and a first memo, ready to build. */
@Command(name = "site", mixinStandardHelpOptions = true, description = "Create a new site folder.")
final class NewSiteCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "the folder to create")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (Files.isDirectory(dir) && !isEmpty(dir)) {
            spec.commandLine().getErr().println(dir + ": error: the folder exists and is not empty");
            spec.commandLine().getErr().println("  hint: choose a new folder name; nothing was written");
            return ExitCodes.PROBLEMS;
        }
        Scaffold.site(dir, LocalDate.now());
        spec.commandLine().getOut().printf(Locale.ROOT, "created a site in %s%n  next: ./quire serve %s%n", dir, dir);
        return ExitCodes.OK;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
