package dev.quire.serve;

import dev.quire.diag.Problem;
import dev.quire.diag.ProblemPrinter;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The box a page shows while the last rebuild failed: every error as the terminal prints it
 * ({@code path:line:col}, message, source line and caret, hint). Rendered here, once, both for
 * pages served meanwhile and for the event that shows it on pages already open.
 */
final class ErrorOverlay {
    static final String ID = "quire-overlay";

    private ErrorOverlay() {
    }

    static String html(List<Problem> problems) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        StringBuilder out = new StringBuilder();
        out.append("<div id=\"").append(ID).append("\" class=\"quire-overlay\" role=\"alert\" aria-labelledby=\"quire-overlay-title\">")
                .append("<div class=\"quire-overlay-box\">")
                .append("<p class=\"quire-overlay-title\" id=\"quire-overlay-title\">Build failed: ")
                .append(errors.size()).append(errors.size() == 1 ? " error" : " errors")
                .append(". Pages show the last good build.</p>");
        for (Problem p : errors) {
            out.append("<pre class=\"quire-overlay-problem\">").append(escape(ProblemPrinter.format(p).stripTrailing())).append("</pre>");
        }
        out.append("<p class=\"quire-overlay-note\">Fix the file and save: this box goes away by itself.</p>")
                .append("</div></div>");
        return out.toString();
    }

    private static String escape(String text) {
        return StringEscapeUtils.escapeHtml4(text);
    }
}
