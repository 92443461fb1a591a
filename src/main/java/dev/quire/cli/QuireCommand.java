package dev.quire.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level {@code quire} command; does nothing alone but list its subcommands. */
@Command(name = "quire",
        mixinStandardHelpOptions = true,
        versionProvider = QuireCommand.Version.class,
        description = "Publishes research notes: a folder of Markdown memos becomes a static site.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, StatsCommand.class, NewCommand.class, ImportCommand.class, ThemeCommand.class},
        synopsisSubcommandLabel = "COMMAND")
final class QuireCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = QuireCommand.class.getPackage().getImplementationVersion();
            return new String[] {"quire " + (version == null ? "dev" : version)};
        }
    }
}
