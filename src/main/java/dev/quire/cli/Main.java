package dev.quire.cli;

import dev.quire.diag.Defects;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point: {@code quire build|serve|new ...}. Exit codes: 0 success, 1 content problems, 2 bad usage. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        TruffleCache.fallBackWhenUnwritable();
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; used by tests too. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs a command line with the given streams; tests read what a user would see. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = QuireCommand.commandLine(args).setOut(out).setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> defect(e, commandLine.getErr()));
        int code;
        try {
            code = cli.execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands only Exceptions to the handler above; an Error (a stack overflow, a
            // class that failed to initialise) comes through here, and is said the same way
            code = defect(e, err);
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * An exception that reaches here is a defect or an I/O failure, not a content problem (those
     * are positioned problems, exit 1): said in one line, the stack trace only on request.
     */
    private static int defect(Throwable e, PrintWriter err) {
        err.println("error: " + Defects.describe(e) + " (set QUIRE_DEBUG=1 for the trace)");
        if (System.getenv("QUIRE_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }
}
