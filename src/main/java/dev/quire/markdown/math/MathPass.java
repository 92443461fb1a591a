package dev.quire.markdown.math;

import dev.quire.diag.DidYouMean;
import dev.quire.diag.SourceText;
import dev.quire.markdown.BodyContext;
import dev.quire.math.MathRenderer.Invalid;
import dev.quire.math.MathRenderer.Rendered;
import dev.quire.math.MathRenderer.Result;
import dev.quire.math.MathRenderer;
import dev.quire.math.TexNesting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Renders a memo's formulas before its HTML is written, because that is where problems can be
 * reported: numbers the labelled equations in reading order, renders each formula with KaTeX,
 * resolves every {@code @eq:name}, and reports invalid TeX, bad or duplicate labels and unknown
 * references at their file positions. A formula that fails keeps its TeX, so every problem of the
 * memo is found in one build.
 */
public final class MathPass extends AbstractVisitor {
    private static final Pattern LABEL = Pattern.compile("eq:[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?");
    private static final String SUPPORTED = "https://katex.org/docs/supported.html";

    private final List<Node> formulas = new ArrayList<>();
    private final List<EquationRef> references = new ArrayList<>();

    private MathPass() {
    }

    public static void run(Node document, MathRenderer math, BodyContext context) {
        MathPass pass = new MathPass();
        document.accept(pass);
        Map<String, DisplayMath> labels = pass.number(context);
        for (Node formula : pass.formulas) {
            render(formula, math, context);
        }
        for (EquationRef ref : pass.references) {
            DisplayMath target = labels.get(ref.label());
            if (target != null) {
                ref.number(target.number());
            } else {
                context.error(ref, "unknown equation '" + ref.label() + "'", DidYouMean.hint(ref.label(), labels.keySet(),
                        "number an equation by labelling it: $$ … $$ {#" + ref.label() + "}"));
            }
        }
    }

    @Override
    public void visit(CustomNode node) {
        if (node instanceof InlineMath) {
            formulas.add(node);
        } else if (node instanceof EquationRef ref) {
            references.add(ref);
        }
        visitChildren(node);
    }

    @Override
    public void visit(CustomBlock block) {
        if (block instanceof DisplayMath) {
            formulas.add(block);
        }
        visitChildren(block);
    }

    /** Numbers the labelled equations 1, 2, … in reading order; returns them by label. */
    private Map<String, DisplayMath> number(BodyContext context) {
        Map<String, DisplayMath> labels = new LinkedHashMap<>();
        for (Node formula : formulas) {
            if (!(formula instanceof DisplayMath math) || math.label() == null) {
                continue;
            }
            String label = math.label();
            if (!LABEL.matcher(label).matches()) {
                context.error(math, "'{#" + label + "}' is not an equation label",
                        "write {#eq:name}, the name made of letters, digits, '-' and '_'");
            } else if (labels.containsKey(label)) {
                context.error(math, "the equation label '" + label + "' is used twice in this memo",
                        "give each numbered equation its own name");
            } else {
                math.number(labels.size() + 1);
                labels.put(label, math);
            }
        }
        return labels;
    }

    private static void render(Node formula, MathRenderer math, BodyContext context) {
        String tex;
        boolean display;
        if (formula instanceof InlineMath inline) {
            tex = inline.tex();
            display = inline.display();
        } else {
            tex = ((DisplayMath) formula).tex();
            display = true;
        }
        // display TeX is placed from its first non-space character, as KaTeX counts
        Result result = TexNesting.check(display ? tex.stripLeading() : tex).<Result>map(r -> r)
                .orElseGet(() -> math.render(tex, display));
        if (result instanceof Rendered rendered) {
            // labelled here, once, rather than each time the page, its margin notes and the feed write it
            String html = MathHtmlRenderer.labelled(rendered.html(), tex);
            if (formula instanceof InlineMath inline) {
                inline.html(html);
            } else {
                ((DisplayMath) formula).html(html);
            }
        } else if (result instanceof Invalid invalid) {
            int[] at = position(formula, invalid.position());
            context.error(at[0], at[1], "invalid TeX: " + invalid.message(), hint(invalid.message()));
        }
    }

    private static String hint(String message) {
        if (message.startsWith("groups nested")) {
            return "split the formula, or look for a '{' (or \\left, \\begin) that is never closed";
        }
        if (message.startsWith("Undefined control sequence")) {
            return "check the spelling, or define the command in quire.yml under math: macros:";
        }
        if (message.toLowerCase(java.util.Locale.ROOT).contains("expected '}'")) {
            return "a '{' earlier in the formula is never closed";
        }
        return "math is rendered by KaTeX; the commands it supports are listed at " + SUPPORTED;
    }

    /**
     * The body line and column (0-based) of an offset into a formula's TeX: the TeX starts after
     * the opening dollars of the node's first source span, and each further line of TeX is the
     * node's next span. An unknown offset gives the TeX's start.
     */
    private static int[] position(Node formula, int offset) {
        List<SourceSpan> spans = formula.getSourceSpans();
        if (spans.isEmpty()) {
            return new int[] {0, 0};
        }
        String text;
        int start;
        int firstSpan = 0;
        if (formula instanceof InlineMath inline) {
            text = inline.tex();
            start = inline.texStart();
        } else {
            DisplayMath display = (DisplayMath) formula;
            text = display.raw();
            // KaTeX counts from the TeX's first non-space character
            offset = Math.max(0, offset) + text.length() - text.stripLeading().length();
            start = 2;
            if (!display.texOnOpeningLine()) {
                firstSpan = 1;
                start = 0;
            }
        }
        SourceText.Position at = SourceText.position(text, offset);
        int line = at.line() - 1;
        SourceSpan span = spans.get(Math.min(firstSpan + line, spans.size() - 1));
        int column = span.getColumnIndex() + (line == 0 ? start : 0) + at.column() - 1;
        return new int[] {spans.get(0).getLineIndex() + firstSpan + line, column};
    }
}
