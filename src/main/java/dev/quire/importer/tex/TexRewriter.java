package dev.quire.importer.tex;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites TeX that MathJax accepts into TeX that KaTeX renders with the same meaning, where that
 * meaning is unambiguous; what it cannot rewrite it reports and leaves as written.
 *
 * <p>Order matters: labels are read first, on the TeX as written, so their offsets are exact;
 * macro definitions are taken out before {@code #} is escaped (their {@code #1} are parameters);
 * scripts are braced last, after renames such as {@code \mbox}, so the arity table sees the
 * KaTeX names.
 *
 * <p>Usage: {@code TexRewriter.rewrite("x^\\vec{a}", false).tex()} gives {@code x^{\vec{a}}}.
 */
public final class TexRewriter {
    private TexRewriter() {
    }

    /**
     * The rewritten formula.
     *
     * @param label the equation label read from {@code \label{...}}, or null
     * @param macros definitions taken out of the formula, for the site's settings
     */
    public record Rewritten(String tex, String label, List<Macro> macros, List<TexIssue> issues) {
        /** Whether nothing is left once the definitions are taken out (a block of {@code \newcommand}s). */
        public boolean onlyDefinitions() {
            return tex.isBlank() && !macros.isEmpty();
        }
    }

    public static Rewritten rewrite(String tex, boolean display) {
        Environments.Numbered numbered = Environments.number(tex, display);
        MacroDefinitions.Extracted extracted = MacroDefinitions.extract(numbered.tex());
        List<TexIssue> issues = new ArrayList<>(numbered.issues());
        issues.addAll(extracted.issues());
        String rest = extracted.tex();
        if (rest.isBlank()) {
            return new Rewritten("", numbered.label(), extracted.macros(), issues);
        }
        String out = ScriptArguments.brace(PlainForms.rewrite(rest));
        return new Rewritten(out, numbered.label(), extracted.macros(), issues);
    }
}
