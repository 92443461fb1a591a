package dev.quire.diag;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints problems the way compilers do:
 *
 * <pre>
 * memos/x.md:4:7: error: unknown category value
 *     4 | category: [a, b]
 *       |           ^
 *   hint: a memo has exactly one category
 * </pre>
 */
public final class ProblemPrinter {
    private ProblemPrinter() {
    }

    public static String format(Problem p) {
        StringBuilder out = new StringBuilder();
        out.append(p.location()).append(": ").append(p.severity().label()).append(": ").append(p.message()).append('\n');
        if (p.line() > 0 && p.sourceLine() != null) {
            String number = String.valueOf(p.line());
            String gutter = " ".repeat(number.length());
            String shown = p.sourceLine().replace('\t', ' ');
            out.append("  ").append(number).append(" | ").append(shown).append('\n');
            out.append("  ").append(gutter).append(" | ").append(" ".repeat(Math.max(p.column() - 1, 0))).append("^\n");
        }
        if (p.hint() != null && !p.hint().isEmpty()) {
            out.append("  hint: ").append(p.hint()).append('\n');
        }
        return out.toString();
    }

    /** What a failed run says of its output when an earlier run's output is still there. */
    public static final String PREVIOUS_KEPT = "the previous output was left as it was";

    /** Every problem, then a summary line when anything was printed. */
    public static void print(List<Problem> problems, PrintWriter err) {
        print(problems, err, PREVIOUS_KEPT);
    }

    /** Every problem, then a summary line saying, after an error, {@code whatWasKept}. */
    public static void print(List<Problem> problems, PrintWriter err, String whatWasKept) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        for (Problem p : problems) {
            err.print(format(p));
        }
        if (errors > 0) {
            err.println("build failed: " + count(errors, "error") + (warnings > 0 ? ", " + count(warnings, "warning") : "")
                    + "; " + whatWasKept);
        } else if (warnings > 0) {
            err.println(count(warnings, "warning"));
        }
        err.flush();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
