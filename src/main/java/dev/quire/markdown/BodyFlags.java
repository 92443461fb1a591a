package dev.quire.markdown;

import dev.quire.markdown.math.DisplayMath;
import dev.quire.markdown.math.InlineMath;
import dev.quire.markdown.reference.Citation;
import dev.quire.markdown.reference.Figure;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;

/**
 * What a body holds that its page needs styles or scripts for: rendered math, code blocks,
 * citations, figures. HTML the author wrote counts as what it is: a {@code <pre><code>} block
 * written by hand gets the copy button as a fenced block does.
 */
final class BodyFlags extends AbstractVisitor {
    /** How rendered math and code blocks begin in a page; the same markup written by hand needs the same assets. */
    static final String MATH_MARK = "<span class=\"katex\">";
    static final String CODE_MARK = "<pre><code";

    boolean math;
    boolean code;
    boolean citations;
    boolean figures;

    static BodyFlags of(Node document) {
        BodyFlags flags = new BodyFlags();
        document.accept(flags);
        return flags;
    }

    @Override
    public void visit(FencedCodeBlock block) {
        code = true;
    }

    @Override
    public void visit(IndentedCodeBlock block) {
        code = true;
    }

    @Override
    public void visit(HtmlBlock block) {
        written(block.getLiteral());
    }

    @Override
    public void visit(HtmlInline inline) {
        // a tag is one node: "<pre>" and "<code>" written on one line are two, side by side
        StringBuilder run = new StringBuilder(inline.getLiteral());
        for (Node next = inline.getNext(); next instanceof HtmlInline more; next = next.getNext()) {
            run.append(more.getLiteral());
        }
        written(run.toString());
    }

    /** Markup written by hand in the body, as the page will hold it. */
    private void written(String html) {
        math |= html.contains(MATH_MARK);
        code |= html.contains(CODE_MARK);
    }

    @Override
    public void visit(CustomBlock block) {
        math |= block instanceof DisplayMath m && m.html() != null;
        figures |= block instanceof Figure;
        visitChildren(block);
    }

    @Override
    public void visit(CustomNode node) {
        math |= node instanceof InlineMath m && m.html() != null;
        citations |= node instanceof Citation c && c.html() != null;
        visitChildren(node);
    }
}
