package dev.quire.cli;

import dev.quire.theme.BuiltinTemplates;
import dev.quire.theme.TemplateOverrides;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quire theme list|show|copy}: the default theme's templates, to start an override from.
 * A copy in {@code theme/templates/} replaces the built-in template of the same name.
 */
@Command(name = "theme", mixinStandardHelpOptions = true, description = "List, show or copy the default theme's templates.",
        subcommands = {ThemeCommand.ListTemplates.class, ThemeCommand.Show.class, ThemeCommand.Copy.class},
        synopsisSubcommandLabel = "list|show|copy")
final class ThemeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** The template by name, with or without ".jte"; a problem said plainly when there is none. */
    static Optional<String> known(String name, PrintWriter err) {
        String full = name.endsWith(".jte") ? name : name + ".jte";
        if (BuiltinTemplates.source(full).isEmpty()) {
            err.println("error: no built-in template '" + name + "'");
            err.println("  hint: " + dev.quire.diag.DidYouMean.hint(full, BuiltinTemplates.names(),
                    "'quire theme list' shows the names"));
            return Optional.empty();
        }
        return Optional.of(full);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in templates and which ones the site replaces.")
    static final class ListTemplates implements Callable<Integer> {
        @Mixin
        SiteOptions site;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Path own = site.siteDir().resolve(TemplateOverrides.FOLDER);
            PrintWriter out = spec.commandLine().getOut();
            for (String name : BuiltinTemplates.names()) {
                out.println(name + (Files.isRegularFile(own.resolve(name)) ? "   (replaced by " + TemplateOverrides.file(name) + ")" : ""));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print a built-in template.")
    static final class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "the template, e.g. memo.jte or partials/head-meta.jte")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Optional<String> full = known(name, spec.commandLine().getErr());
            if (full.isEmpty()) {
                return ExitCodes.PROBLEMS;
            }
            spec.commandLine().getOut().print(BuiltinTemplates.source(full.get()).orElseThrow());
            return ExitCodes.OK;
        }
    }

    @Command(name = "copy", mixinStandardHelpOptions = true,
            description = "Copy a built-in template into the site's theme/templates/, where it replaces the built-in one.")
    static final class Copy implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "the template, e.g. memo.jte or partials/head-meta.jte")
        String name;

        @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "the site folder (default: .)")
        Path source;

        @Option(names = "--force", description = "overwrite the site's copy if there is one")
        boolean force;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            Optional<String> full = known(name, err);
            if (full.isEmpty()) {
                return ExitCodes.PROBLEMS;
            }
            Path siteDir = (source == null ? Path.of(".") : source).toAbsolutePath().normalize();
            if (!Files.isRegularFile(siteDir.resolve("quire.yml"))) {
                err.println("error: no quire.yml in " + siteDir);
                err.println("  hint: run this in the site folder, or pass it with -s DIR");
                return ExitCodes.PROBLEMS;
            }
            Path target = siteDir.resolve(TemplateOverrides.FOLDER).resolve(full.get());
            String shown = TemplateOverrides.file(full.get());
            if (Files.exists(target) && !force) {
                err.println(shown + ": error: the site already has this template");
                err.println("  hint: edit it, or pass --force to start again from the built-in one");
                return ExitCodes.PROBLEMS;
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, BuiltinTemplates.source(full.get()).orElseThrow(), StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("copied " + full.get() + " to " + shown
                    + "; it now replaces the built-in template (keep its @param lines: other templates call it with them)");
            return ExitCodes.OK;
        }
    }
}
