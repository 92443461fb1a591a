package dev.quire.markdown;

import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.PostProcessor;

/**
 * Stops a body nested deeper than {@link #MAX_DEPTH} levels (block quotes, lists, emphasis,
 * links inside one another) before anything walks its tree: commonmark's renderers and every
 * visitor here recurse once per level, and 2,000 nested {@code > } overflow the stack. Parsing
 * itself is iterative, so the tree exists; this walks it without recursion and throws at the
 * first node past the limit. Registered as the parser's first post-processor, ahead of the
 * extensions' own (which recurse too).
 */
final class NestingLimit implements PostProcessor {
    /** Far beyond any real memo (a list ten levels deep is already rare), far below the stack's limit. */
    static final int MAX_DEPTH = 100;

    /** Thrown at the first node nested deeper than {@link #MAX_DEPTH}. */
    static final class TooDeep extends RuntimeException {
        final transient Node node;

        TooDeep(Node node) {
            super("nested more than " + MAX_DEPTH + " levels deep", null, false, false);
            this.node = node;
        }

        /** The 0-based line and column of the node in the body, as commonmark's source spans give them. */
        int[] position() {
            for (Node n = node; n != null; n = n.getParent()) {
                if (!n.getSourceSpans().isEmpty()) {
                    SourceSpan span = n.getSourceSpans().get(0);
                    return new int[] {span.getLineIndex(), span.getColumnIndex()};
                }
            }
            return new int[] {0, 0};
        }
    }

    @Override
    public Node process(Node document) {
        check(document);
        return document;
    }

    /** Depth-first, by the tree's own links: down to the first child, else to the next sibling, else up. */
    static void check(Node document) {
        int depth = 0;
        Node node = document;
        while (true) {
            Node child = node.getFirstChild();
            if (child != null) {
                node = child;
                depth += weight(node);
            } else {
                while (node != document && node.getNext() == null) {
                    depth -= weight(node);
                    node = node.getParent();
                }
                if (node == document) {
                    return;
                }
                depth -= weight(node);
                node = node.getNext();
                depth += weight(node);
            }
            if (depth > MAX_DEPTH) {
                throw new TooDeep(node);
            }
        }
    }

    /**
     * The levels an author counts: a list item is one level with its list, and a paragraph or
     * a piece of text inside a block quote adds none.
     */
    private static int weight(Node node) {
        return node instanceof ListItem || node instanceof Paragraph || node.getFirstChild() == null ? 0 : 1;
    }
}
