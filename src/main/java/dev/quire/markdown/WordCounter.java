package dev.quire.markdown;

import dev.quire.markdown.math.DisplayMath;
import dev.quire.markdown.math.InlineMath;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/** Counts the words a reader reads: prose, inline code, code blocks; a formula counts as one word. */
final class WordCounter extends AbstractVisitor {
    private int words;

    static int count(Node document) {
        WordCounter counter = new WordCounter();
        document.accept(counter);
        return counter.words;
    }

    @Override
    public void visit(Text text) {
        words += words(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        words += words(code.getLiteral());
    }

    @Override
    public void visit(FencedCodeBlock block) {
        words += words(block.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock block) {
        words += words(block.getLiteral());
    }

    @Override
    public void visit(CustomNode node) {
        if (node instanceof InlineMath) {
            words++;
        }
        visitChildren(node);
    }

    @Override
    public void visit(CustomBlock block) {
        if (block instanceof DisplayMath) {
            words++;
        }
        visitChildren(block);
    }

    private static int words(String s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }
}
