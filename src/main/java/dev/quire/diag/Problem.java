package dev.quire.diag;

import java.util.Comparator;

/**
 * One thing wrong with the input, with where it is and how to fix it.
 *
 * <p>{@code file} is the path relative to the site folder with forward slashes; {@code line} and
 * {@code column} are 1-based, or 0 when the problem concerns the file as a whole (a missing file
 * has no lines). {@code sourceLine} is the text of that line, shown under the message.
 */
public record Problem(Severity severity, String file, int line, int column,
                      String message, String hint, String sourceLine) {

    /** File, then position, then message: the order a reader walks through a site. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public static Problem error(String file, int line, int column, String message, String hint, String sourceLine) {
        return new Problem(Severity.ERROR, file, line, column, message, hint, sourceLine);
    }

    public static Problem warning(String file, int line, int column, String message, String hint, String sourceLine) {
        return new Problem(Severity.WARNING, file, line, column, message, hint, sourceLine);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code memos/x.md:4:7} or {@code memos/} when there is no position. */
    public String location() {
        return line > 0 ? file + ":" + line + ":" + Math.max(column, 1) : file;
    }
}
