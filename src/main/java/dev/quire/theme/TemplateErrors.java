package dev.quire.theme;

import dev.quire.diag.Problem;
import dev.quire.diag.SourceText;
import gg.jte.TemplateException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns jte's compile failures into problems at their place in the site's template, as Quire
 * reports every other error. jte says where in three shapes (a template syntax error, a call
 * with parameters the called template lacks, a Java error in an expression with javac's report
 * on the generated class); these are read here because jte gives them only as text.
 */
final class TemplateErrors {
    /** "Failed to compile partials/x.jte, error at line 7: Missing @endif" */
    private static final Pattern SYNTAX = Pattern.compile("Failed to compile (\\S+\\.jte), error at line (\\d+): (.*)", Pattern.DOTALL);
    /** "Failed to compile template, error at layout.jte:18. No parameter with name meta is defined in partials/x.jte" */
    private static final Pattern CALL = Pattern.compile("Failed to compile template, error at (\\S+\\.jte):(\\d+)\\. (.*)", Pattern.DOTALL);
    /** "Failed to compile template:\npartials/x.jte:5\n/tmp/.../JtexGenerated.java:11: error: cannot find symbol\n..." */
    private static final Pattern JAVA = Pattern.compile("Failed to compile template:\\s*\\n(\\S+\\.jte):(\\d+)\\s*\\n(.*)", Pattern.DOTALL);
    private static final Pattern JAVAC = Pattern.compile("\\.java:\\d+: error: (.*)");

    private TemplateErrors() {
    }

    static Problem of(TemplateException e, TemplateOverrides overrides) {
        String text = String.valueOf(e.getMessage());
        Matcher m;
        if ((m = JAVA.matcher(text)).matches()) {
            JavacReport report = JavacReport.parse(m.group(3));
            return at(overrides, m.group(1), Integer.parseInt(m.group(2)), report.message(), report.token());
        }
        if ((m = SYNTAX.matcher(text)).matches()) {
            return at(overrides, m.group(1), Integer.parseInt(m.group(2)), sentence(m.group(3)), null);
        }
        if ((m = CALL.matcher(text)).matches()) { // this shape counts lines from 0
            return at(overrides, m.group(1), Integer.parseInt(m.group(2)) + 1, sentence(m.group(3)), null);
        }
        return Problem.error(TemplateOverrides.FOLDER, 0, 0, "the templates do not compile: " + sentence(text),
                "'quire theme list' shows the built-in templates an override can start from", null);
    }

    /** The problem in a site's template, or, when a built-in template fails, in the override it fails with. */
    private static Problem at(TemplateOverrides overrides, String name, int line, String message, String token) {
        String own = overrides.sources().get(name);
        if (own == null) {
            return builtInFails(overrides, name, line, message);
        }
        SourceText source = new SourceText(TemplateOverrides.file(name), own);
        int lines = (int) own.lines().count();
        int shownLine = Math.max(1, Math.min(line, Math.max(lines, 1)));
        String sourceLine = source.line(shownLine);
        int column = 1;
        if (token != null && sourceLine != null) {
            int at = sourceLine.indexOf(token);
            column = at >= 0 ? at + 1 : Math.max(1, sourceLine.indexOf("${") + 1);
        }
        String hint = BuiltinTemplates.source(name).isPresent()
                ? "compare with the built-in template: quire theme show " + name
                : "templates are jte: ${...} holds a Java expression; 'quire theme show NAME' prints a built-in one to compare";
        return Problem.error(source.path(), shownLine, column, message, hint, sourceLine);
    }

    /**
     * A built-in template compiles alone, so when it fails here an override is the cause: most
     * often a replaced partial whose parameters differ from the built-in one's.
     */
    private static Problem builtInFails(TemplateOverrides overrides, String name, int line, String message) {
        String culprit = null;
        for (String candidate : overrides.sources().keySet()) {
            if (message.contains(candidate) || (culprit == null && overrides.sources().size() == 1)) {
                culprit = candidate;
            }
        }
        String file = culprit == null ? TemplateOverrides.FOLDER : TemplateOverrides.file(culprit);
        return Problem.error(file, 0, 0, "the built-in " + name + " (line " + line + ") no longer compiles with this override: "
                        + message,
                "an override keeps the built-in template's @param lines, since other templates call it with them"
                        + (culprit == null ? "" : "; see them with 'quire theme show " + culprit + "'"),
                null);
    }

    private static String sentence(String text) {
        String first = text.strip();
        int more = first.indexOf(" More information:");
        if (more > 0) {
            first = first.substring(0, more);
        }
        first = first.replaceAll("\\s*\\n\\s*", " ");
        return first.isEmpty() ? first : first.substring(0, 1).toLowerCase(Locale.ROOT) + first.substring(1);
    }

    /**
     * javac's report on the class generated from a template: the message, the symbol it could
     * not find, and the text at the caret (an expression of the template, copied into the Java
     * source as written), which finds the column in the template's own line.
     */
    private record JavacReport(String message, String token) {
        static JavacReport parse(String report) {
            String[] lines = report.split("\\R");
            String message = "the Java in this template does not compile";
            String token = null;
            String symbol = null;
            String location = null;
            for (int i = 0; i < lines.length; i++) {
                Matcher m = JAVAC.matcher(lines[i]);
                if (m.find() && message.startsWith("the Java")) {
                    message = m.group(1).strip();
                    if (i + 2 < lines.length && lines[i + 2].strip().equals("^")) {
                        int caret = lines[i + 2].indexOf('^');
                        String code = lines[i + 1];
                        if (caret < code.length()) {
                            Matcher t = Pattern.compile("^\\.?[\\w$]+").matcher(code.substring(caret));
                            token = t.find() ? t.group() : null;
                        }
                    }
                } else if (lines[i].strip().startsWith("symbol:") && symbol == null) {
                    symbol = lines[i].strip().substring("symbol:".length()).strip();
                } else if (lines[i].strip().startsWith("location:") && location == null) {
                    location = lines[i].strip().substring("location:".length()).strip();
                }
            }
            if (symbol != null) {
                message += ": " + symbol.replaceAll("\\s+", " ") + (location == null ? "" : " in " + location.replaceAll("\\s+", " "));
            }
            return new JavacReport(message, token);
        }
    }
}
