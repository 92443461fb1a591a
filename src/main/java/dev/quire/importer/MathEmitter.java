package dev.quire.importer;

import dev.quire.importer.tex.Macro;
import dev.quire.importer.tex.TexIssue;
import dev.quire.importer.tex.TexRewriter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes each formula in Quire's syntax: {@code $…$} inline, a {@code $$} block on lines of its
 * own (labelled {@code {#eq:name}} when it carried a {@code \label}), after {@link TexRewriter}
 * has made its TeX KaTeX's and KaTeX has accepted it. A formula KaTeX still rejects is written as
 * it was and reported where it stands.
 */
final class MathEmitter {
    /**
     * Markdown escapes kramdown and goldmark remove before MathJax sees {@code \\(…\\)} math.
     * {@code \!}, {@code \|}, {@code \,}, {@code \;}, {@code \:} and {@code \>} are left: as
     * TeX spacing and bars they are what the writer meant far more often than the punctuation.
     */
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.$\"'])");
    private static final Pattern REFERENCE = Pattern.compile("\\s*\\\\(?:eq)?ref\\s*\\{([^}]*)}\\s*");
    private static final Pattern QUOTE_MARKERS = Pattern.compile("(?m)^[ \\t]*>[ \\t>]*");
    private static final Pattern NOT_LABEL = Pattern.compile("[^A-Za-z0-9_-]+");

    private final FormulaCheck check;

    MathEmitter(FormulaCheck check) {
        this.check = check;
    }

    /** The label Quire numbers an equation by, from a TeX label: {@code eq:adam} stays, {@code adam update} is {@code eq:adam-update}. */
    static String label(String texLabel) {
        String name = texLabel.strip().replaceFirst("^(?i)eq[:.-]", "");
        name = NOT_LABEL.matcher(name).replaceAll("-").replaceAll("^[-_]+|[-_]+$", "");
        return "eq:" + (name.isEmpty() ? "unnamed" : name);
    }

    /** The macros a formula defines, read before any post is converted so every formula is checked with all of them. */
    static List<Macro> definitions(Piece.Math math) {
        return TexRewriter.rewrite(tex(math), math.display()).macros();
    }

    String emit(Piece.Math math, PostContext ctx) {
        String tex = tex(math);
        Matcher reference = REFERENCE.matcher(tex);
        if (reference.matches()) {
            ctx.run.tally.links++;
            return "@" + label(reference.group(1));
        }
        TexRewriter.Rewritten rewritten = TexRewriter.rewrite(tex, math.display());
        for (Macro macro : rewritten.macros()) {
            ctx.run.macros.add(macro).ifPresent(earlier -> ctx.warn(at(math, macro.offset()), "the macro " + macro.name()
                    + " is defined differently here than in an earlier post; the earlier '" + earlier + "' is kept",
                    "give one of the two another name"));
        }
        for (TexIssue issue : rewritten.issues()) {
            ctx.warn(at(math, issue.offset()), issue.message(), issue.hint());
        }
        if (rewritten.onlyDefinitions()) {
            return "";
        }
        ctx.run.tally.formulas++;
        String out = rewritten.tex();
        String label = rewritten.label();
        Optional<FormulaCheck.Rejection> rejected = check.check(out, math.display());
        if (rejected.isPresent()) {
            FormulaCheck.Rejection r = rejected.get();
            boolean asWritten = out.equals(tex) && !math.escaped();
            ctx.warn(asWritten && r.position() >= 0 ? math.texOffset() + r.position() : math.offset(),
                    rejected(r.message()),
                    r.message().startsWith("Undefined control sequence")
                            ? "it was left as written: define the command in quire.yml under math: macros:, or rewrite it"
                            : "it was left as written; the build reports it until it is rewritten by hand");
            out = tex;
            label = null;
        } else if (!out.equals(tex) || label != null) {
            ctx.run.tally.formulasRewritten++;
        }
        return write(math, out, label == null ? null : label(label));
    }

    /** Where an offset in the TeX stands in the body; in escaped TeX the offsets moved, so at the formula. */
    private static int at(Piece.Math math, int offsetInTex) {
        return math.escaped() ? math.offset() : math.texOffset() + offsetInTex;
    }

    private static String write(Piece.Math math, String tex, String label) {
        String suffix = label == null ? "" : " {#" + label + "}";
        if (math.block() || label != null) {
            String indent = math.indent();
            StringBuilder out = new StringBuilder(math.block() ? "" : "\n\n").append(indent).append("$$\n");
            // in a block quote the TeX's own lines carry the quote's markers
            String lines = indent.contains(">") ? QUOTE_MARKERS.matcher(tex).replaceAll("") : tex;
            lines.strip().lines().forEach(line -> out.append(indent).append(line.strip()).append('\n'));
            return out.append(indent).append("$$").append(suffix).append(math.block() ? "\n" : "\n\n").toString();
        }
        String inner = tex.strip().replaceAll("\\s*\\n\\s*", " ");
        return math.display() ? "$$" + inner + "$$" : "$" + inner + "$";
    }

    private static String tex(Piece.Math math) {
        return math.escaped() ? ESCAPE.matcher(math.tex()).replaceAll(m -> Matcher.quoteReplacement(m.group(1))) : math.tex();
    }

    /** The report of a formula KaTeX still rejects after the rewrites. */
    static String rejected(String katexMessage) {
        // a failure other than a parse error already says so (MathRenderer)
        return katexMessage.startsWith("KaTeX could not render this formula: ") ? katexMessage
                : "KaTeX cannot render this formula: " + katexMessage;
    }
}
