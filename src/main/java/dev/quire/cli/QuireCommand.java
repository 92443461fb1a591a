package dev.quire.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The top-level {@code quire} command; does nothing alone but list its subcommands.
 *
 * <p>picocli reads the annotations of every registered command when the command line is made,
 * and loads each command's classes: for all of Quire's commands that was most of the time
 * {@code quire --version} took. So the subcommands are registered by {@link #commandLine} from
 * the arguments: a line that names a subcommand first gets only that one, a line that only asks
 * for the version gets none, and any other (help, no arguments, a mistyped command) gets them
 * all, for the listing and picocli's suggestions. What is printed is the same either way.
 */
@Command(name = "quire",
        mixinStandardHelpOptions = true,
        versionProvider = QuireCommand.Version.class,
        description = "Publishes research notes: a folder of Markdown memos becomes a static site.",
        synopsisSubcommandLabel = "COMMAND")
final class QuireCommand implements Runnable {
    /** Every subcommand, in the order {@code quire --help} lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("build", BuildCommand::new);
        SUBCOMMANDS.put("serve", ServeCommand::new);
        SUBCOMMANDS.put("check", CheckCommand::new);
        SUBCOMMANDS.put("stats", StatsCommand::new);
        SUBCOMMANDS.put("new", NewCommand::new);
        SUBCOMMANDS.put("import", ImportCommand::new);
        SUBCOMMANDS.put("theme", ThemeCommand::new);
    }

    private static final List<String> VERSION = List.of("-V", "--version");

    /** The command line for {@code args}, with the subcommands it may reach. */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new QuireCommand());
        Supplier<Object> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        if (named != null) {
            cli.addSubcommand(args[0], named.get());
        } else if (!(args.length > 0 && VERSION.containsAll(List.of(args)))) {
            SUBCOMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
        return cli;
    }
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
