package dev.quire.cli;

import picocli.CommandLine.Command;

/** {@code quire new site|memo}. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Start a site or a memo.",
        subcommands = {NewSiteCommand.class, NewMemoCommand.class}, synopsisSubcommandLabel = "site|memo")
final class NewCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
