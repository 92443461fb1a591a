package dev.quire.importer;

import java.io.PrintWriter;

/**
 * The "importing 12/40 posts…" line on standard error: rewritten in place on a terminal, a plain
 * line now and then otherwise (so a log stays readable), nothing at all when quiet.
 */
public final class Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private boolean shown;

    public Progress(PrintWriter err, boolean terminal, boolean quiet) {
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
    }

    /** No output at all, for callers that print nothing. */
    public static Progress silent() {
        return new Progress(new PrintWriter(java.io.Writer.nullWriter()), false, true);
    }

    void post(int done, int total) {
        if (quiet) {
            return;
        }
        String line = "importing " + done + "/" + total + " posts…";
        if (terminal) {
            err.print("\r" + line);
            shown = true;
        } else if (done == total || done % Math.max(1, total / 10) == 0) {
            err.println(line);
        }
        err.flush();
    }

    /** Clears the line on a terminal before the report is printed. */
    void done() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }
}
