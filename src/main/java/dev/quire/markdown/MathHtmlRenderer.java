package dev.quire.markdown;

import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes math as TeX between MathJax/KaTeX delimiters, HTML-escaped and otherwise unchanged:
 * {@code <span class="math inline">\(…\)</span>} and {@code <div class="math display">\[…\]</div>}.
 */
final class MathHtmlRenderer implements NodeRenderer {
    private final HtmlWriter html;

    MathHtmlRenderer(HtmlNodeRendererContext context) {
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(InlineMath.class, DisplayMath.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof InlineMath math && !math.display()) {
            html.raw("<span class=\"math inline\">\\(");
            html.text(math.tex());
            html.raw("\\)</span>");
        } else {
            String tex = node instanceof InlineMath math ? math.tex() : ((DisplayMath) node).tex();
            boolean block = node instanceof DisplayMath;
            if (block) {
                html.line();
            }
            html.raw(block ? "<div class=\"math display\">\\[" : "<span class=\"math display\">\\[");
            html.text(tex);
            html.raw(block ? "\\]</div>" : "\\]</span>");
            if (block) {
                html.line();
            }
        }
    }
}
