package dev.quire.importer.tex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering and layout environments of MathJax's AMS support that KaTeX does not take as
 * written. An {@code equation} carrying one {@code \label} becomes the formula alone with that
 * label, which Quire numbers ({@code $$ … $$ {#eq:name}}); an {@code align} or {@code gather}
 * with one label becomes {@code aligned} or {@code gathered}, numbered once. {@code eqnarray} is
 * the three-column array it always was, {@code multline} a {@code gathered}.
 */
final class Environments {
    private static final Pattern WHOLE = Pattern.compile(
            "\\s*\\\\begin\\{(equation\\*?|align\\*?|gather\\*?|multline\\*?|eqnarray\\*?)}(.*)\\\\end\\{\\1}\\s*", Pattern.DOTALL);
    private static final Pattern LABEL = Pattern.compile("\\\\label\\s*\\{([^}]*)}");
    private static final Map<String, String> INNER = Map.of("align", "aligned", "gather", "gathered",
            "multline", "gathered", "equation", "");

    /** The TeX, the label that numbers it (null when none) and what could not be done. */
    record Numbered(String tex, String label, List<TexIssue> issues) {
    }

    private Environments() {
    }

    static Numbered number(String tex, boolean display) {
        List<TexIssue> issues = new ArrayList<>();
        List<MatchResult> labels = new ArrayList<>();
        Matcher lm = LABEL.matcher(tex);
        while (lm.find()) {
            labels.add(new MatchResult(lm.start(), lm.end(), lm.group(1).strip()));
        }
        if (labels.size() > 1 || (!display && !labels.isEmpty())) {
            issues.add(new TexIssue(labels.get(display ? 1 : 0).start(), display
                    ? "this formula has " + labels.size() + " labels; Quire numbers a formula once"
                    : "a \\label in inline math cannot be numbered",
                    display ? "split it into one display formula per label" : "move the formula into a display block of its own"));
            return new Numbered(tex, null, issues);
        }
        String label = labels.isEmpty() ? null : labels.get(0).name();
        String body = labels.isEmpty() ? tex : tex.substring(0, labels.get(0).start()) + tex.substring(labels.get(0).end());
        Matcher whole = WHOLE.matcher(body);
        if (whole.matches()) {
            String env = whole.group(1);
            String base = env.replace("*", "");
            String inner = whole.group(2).strip();
            if (base.equals("eqnarray")) {
                body = "\\begin{array}{rcl}\n" + inner + "\n\\end{array}";
            } else if (base.equals("equation")) {
                body = inner;
            } else if (label != null || base.equals("multline")) {
                body = "\\begin{" + INNER.get(base) + "}\n" + inner + "\n\\end{" + INNER.get(base) + "}";
            }
        }
        return new Numbered(body, label, issues);
    }

    private record MatchResult(int start, int end, String name) {
    }
}
