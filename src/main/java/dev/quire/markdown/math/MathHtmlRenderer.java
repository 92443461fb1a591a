package dev.quire.markdown.math;

import dev.quire.html.HtmlEscape;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes math as KaTeX rendered it (by {@link MathPass}) inside {@code <span class="math inline">}
 * or {@code <div class="math display">}; a numbered equation gets the id its references link to
 * and its number beside it. Math that could not be rendered (the build then fails) is written as
 * escaped TeX between {@code \(…\)} / {@code \[…\]}. {@code @eq:name} becomes a link, "Equation 2".
 */
public final class MathHtmlRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final boolean mathmlOnly;

    public MathHtmlRenderer(HtmlNodeRendererContext context) {
        this(context, false);
    }

    /**
     * @param mathmlOnly write only KaTeX's MathML, for feed readers: they have no KaTeX
     *        stylesheet, so its positioned spans would show as a jumble
     */
    public MathHtmlRenderer(HtmlNodeRendererContext context, boolean mathmlOnly) {
        this.context = context;
        this.html = context.getWriter();
        this.mathmlOnly = mathmlOnly;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(InlineMath.class, DisplayMath.class, EquationRef.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof EquationRef ref) {
            renderReference(ref);
        } else if (node instanceof InlineMath math) {
            html.raw("<span class=\"math " + (math.display() ? "display" : "inline") + "\">");
            write(math.html(), math.tex(), math.display());
            html.raw("</span>");
        } else {
            display((DisplayMath) node, false);
        }
    }

    /**
     * @param inNote written inside a margin note, which may hold phrasing content only: a span
     *        styled as the block it stands for, without the id (the footnote's copy keeps it)
     */
    public void display(DisplayMath math, boolean inNote) {
        html.line();
        String classes = "math display" + (math.number() > 0 ? " numbered" : "");
        if (inNote) {
            html.raw("<span class=\"" + classes + " sidenote-div\">");
        } else if (math.number() > 0) {
            // labels are checked to be letters, digits, '-', '_' and "eq:" before they are numbered
            html.raw("<div class=\"" + classes + "\" id=\"" + DisplayMath.anchor(math.label()) + "\">");
        } else {
            html.raw("<div class=\"" + classes + "\">");
        }
        write(math.html(), math.tex(), true);
        if (math.number() > 0) {
            html.raw("<span class=\"eq-number\">(" + math.number() + ")</span>");
        }
        html.raw(inNote ? "</span>" : "</div>");
        html.line();
    }

    private void write(String rendered, String tex, boolean display) {
        if (rendered != null) {
            html.raw(mathmlOnly ? mathml(rendered) : rendered); // labelled by the math pass, in the <math> both keep
        } else {
            html.raw(display ? "\\[" : "\\(");
            html.text(tex);
            html.raw(display ? "\\]" : "\\)");
        }
    }

    /**
     * Gives KaTeX's {@code <math>} its TeX as {@code aria-label}. KaTeX writes each formula twice:
     * the drawn copy is {@code aria-hidden}, and the MathML copy is {@code <math>}, which HTML
     * counts as embedded content, so a name computed from content (axe-core's, and a browser's
     * for a table header or link) skips it: a header holding only math, {@code | $\lambda$ |},
     * was nameless. A label on the {@code <math>} itself counts in those names, sighted readers
     * see nothing more, and math-aware screen readers still read the MathML inside. The TeX is
     * the text KaTeX already keeps as the formula's annotation.
     */
    static String labelled(String rendered, String tex) {
        int at = rendered.indexOf("<math");
        if (at < 0) {
            return rendered;
        }
        at += "<math".length();
        String label = " aria-label=\"" + attribute(tex.strip()) + "\"";
        // one buffer of the right size: '+' (StringBuilder calls, see the pom) grows one from 16
        // characters and copies the formula's HTML a few times over
        return new StringBuilder(rendered.length() + label.length()).append(rendered, 0, at).append(label)
                .append(rendered, at, rendered.length()).toString();
    }

    /**
     * The MathML part of KaTeX's output: its {@code <math>} element, still inside the
     * {@code katex-display} span for display math, which centres it.
     */
    private static String mathml(String rendered) {
        int start = rendered.indexOf("<math");
        int end = rendered.lastIndexOf("</math>");
        if (start < 0 || end < 0) {
            return rendered;
        }
        end += "</math>".length();
        String display = "<span class=\"katex-display\">";
        if (!rendered.startsWith(display)) {
            return rendered.substring(start, end);
        }
        return new StringBuilder(display.length() + end - start + "</span>".length()).append(display)
                .append(rendered, start, end).append("</span>").toString();
    }

    private static String attribute(String text) {
        return HtmlEscape.attribute(text.replace('\n', ' '));
    }

    private void renderReference(EquationRef ref) {
        if (ref.number() == 0) {
            html.text("@" + ref.label());
            return;
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("class", "xref");
        attrs.put("href", "#" + DisplayMath.anchor(ref.label()));
        html.tag("a", context.extendAttributes(ref, "a", attrs));
        html.raw("Equation&nbsp;" + ref.number() + "</a>");
    }
}
