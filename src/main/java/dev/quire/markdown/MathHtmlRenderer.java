package dev.quire.markdown;

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
final class MathHtmlRenderer implements NodeRenderer {
    private final HtmlWriter html;

    MathHtmlRenderer(HtmlNodeRendererContext context) {
        this.html = context.getWriter();
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
            DisplayMath math = (DisplayMath) node;
            html.line();
            if (math.number() > 0) {
                // labels are checked to be letters, digits, '-', '_' and "eq:" before they are numbered
                html.raw("<div class=\"math display numbered\" id=\"" + DisplayMath.anchor(math.label()) + "\">");
            } else {
                html.raw("<div class=\"math display\">");
            }
            write(math.html(), math.tex(), true);
            if (math.number() > 0) {
                html.raw("<span class=\"eq-number\">(" + math.number() + ")</span>");
            }
            html.raw("</div>");
            html.line();
        }
    }

    private void write(String rendered, String tex, boolean display) {
        if (rendered != null) {
            html.raw(rendered);
        } else {
            html.raw(display ? "\\[" : "\\(");
            html.text(tex);
            html.raw(display ? "\\]" : "\\)");
        }
    }

    private void renderReference(EquationRef ref) {
        if (ref.number() == 0) {
            html.text("@" + ref.label());
            return;
        }
        html.raw("<a class=\"xref\" href=\"#" + DisplayMath.anchor(ref.label()) + "\">Equation&nbsp;" + ref.number() + "</a>");
    }
}
