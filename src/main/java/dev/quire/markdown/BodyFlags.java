package dev.quire.markdown;

import dev.quire.markdown.math.DisplayMath;
import dev.quire.markdown.math.InlineMath;
import dev.quire.markdown.reference.Citation;
import dev.quire.markdown.reference.Figure;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;

/** What a body holds that its page needs styles or scripts for: rendered math, code blocks, citations, figures. */
final class BodyFlags extends AbstractVisitor {
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
