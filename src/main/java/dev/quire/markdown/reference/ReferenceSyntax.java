package dev.quire.markdown.reference;

import dev.quire.cite.CiteItem;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * What is found in the parsed tree rather than while parsing: figures (an image alone in its
 * paragraph, optionally followed by {@code {#fig:name}}), and in running text {@code @fig:name}
 * and narrative citations {@code @key}.
 *
 * <p>Runs after the autolink extension, so e-mail addresses and URLs are links by then and their
 * text is left alone; an {@code @} right after a letter, digit or dot is never a citation
 * either. {@code @eq:}, {@code @tbl:} and {@code @sec:} belong to other cross-references.
 */
final class ReferenceSyntax implements PostProcessor {
    private static final Pattern AT = Pattern.compile("(?<![\\p{L}\\p{N}_.@/:+\\-])@(" + CitationSyntax.KEY + ")");
    private static final Pattern LABEL = Pattern.compile("^\\s*\\{#(fig:[\\p{L}\\p{N}_:.-]+)\\}\\s*$");

    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                if (!figure(paragraph)) {
                    visitChildren(paragraph);
                }
            }

            @Override
            public void visit(Link link) {
                // text inside a link stays as written
            }

            @Override
            public void visit(Text text) {
                references(text);
            }
        });
        return document;
    }

    /** Replaces a paragraph holding only an image (and maybe its label) with a figure. */
    private boolean figure(Paragraph paragraph) {
        Node first = paragraph.getFirstChild();
        if (!(first instanceof Image image)) {
            return false;
        }
        Node next = image.getNext();
        String label = null;
        if (next != null) {
            Matcher m = next instanceof Text t && next.getNext() == null ? LABEL.matcher(t.getLiteral()) : null;
            if (m == null || !m.matches()) {
                return false;
            }
            label = m.group(1);
            next.unlink();
        }
        Figure figure = new Figure(image, label);
        figure.setSourceSpans(paragraph.getSourceSpans());
        paragraph.insertBefore(figure);
        paragraph.unlink();
        for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                references(t);
            }
        }
        return true;
    }

    private static void references(Text text) {
        String literal = text.getLiteral();
        if (literal.indexOf('@') < 0) {
            return;
        }
        Matcher m = AT.matcher(literal);
        int done = 0;
        Node last = text;
        while (m.find()) {
            String key = m.group(1);
            if (key.startsWith("eq:") || key.startsWith("tbl:") || key.startsWith("sec:") || key.startsWith("lst:")) {
                continue;
            }
            Node node = key.startsWith("fig:") ? new FigureRef(key) : new Citation(List.of(CiteItem.of(key)), true, "@" + key);
            if (node instanceof Citation c) {
                c.offsets = new int[] {0};
            }
            spanAt(text, m.start(), m.end() - m.start(), node);
            last = insertAfter(last, literal.substring(done, m.start()), text);
            last.insertAfter(node);
            last = node;
            done = m.end();
        }
        if (done == 0) {
            return;
        }
        insertAfter(last, literal.substring(done), text);
        text.unlink();
    }

    /** Inserts a text with {@code literal} after {@code after}, or nothing when it is empty. */
    private static Node insertAfter(Node after, String literal, Text original) {
        if (literal.isEmpty()) {
            return after;
        }
        Text text = new Text(literal);
        if (after == original) {
            original.insertBefore(text);
            return text;
        }
        after.insertAfter(text);
        return text;
    }

    /** The source position of a match inside a text node that sits on one line. */
    private static void spanAt(Text text, int offset, int length, Node node) {
        if (text.getSourceSpans().isEmpty()) {
            return;
        }
        SourceSpan at = text.getSourceSpans().get(0);
        node.addSourceSpan(SourceSpan.of(at.getLineIndex(), at.getColumnIndex() + offset, at.getInputIndex() + offset, length));
    }
}
