package dev.quire.markdown.callout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/** Turns each block quote that opens with {@code [!TYPE]} into a {@link Callout}. */
final class CalloutPostProcessor implements PostProcessor {
    /** The marker, then an optional fold sign, then the end of the line or a space before the title. */
    private static final Pattern MARKER = Pattern.compile("\\[!([A-Za-z][A-Za-z0-9_-]*)\\]([+-]?)(?:[ \\t]+|$)");

    @Override
    public Node process(Node document) {
        List<BlockQuote> quotes = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(BlockQuote quote) {
                quotes.add(quote);
                visitChildren(quote);
            }
        });
        quotes.forEach(CalloutPostProcessor::convert);
        return document;
    }

    private static void convert(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph first) || !(first.getFirstChild() instanceof Text marker)) {
            return;
        }
        Matcher m = MARKER.matcher(marker.getLiteral());
        if (!m.lookingAt()) {
            return;
        }
        SourceSpan at = marker.getSourceSpans().isEmpty() ? null : marker.getSourceSpans().get(0);
        Callout.Fold fold = switch (m.group(2)) {
            case "-" -> Callout.Fold.CLOSED;
            case "+" -> Callout.Fold.OPEN;
            default -> Callout.Fold.NONE;
        };
        Callout callout = new Callout(m.group(1), fold, at == null ? 0 : at.getLineIndex(), at == null ? 0 : at.getColumnIndex() + 2);
        callout.setSourceSpans(quote.getSourceSpans());
        marker.setLiteral(marker.getLiteral().substring(m.end()));

        // The rest of the first line is the title; the lines after it stay the first paragraph.
        CalloutTitle title = new CalloutTitle();
        if (!first.getSourceSpans().isEmpty()) {
            title.addSourceSpan(first.getSourceSpans().get(0));
        }
        Node node = first.getFirstChild();
        while (node != null && !(node instanceof SoftLineBreak) && !(node instanceof HardLineBreak)) {
            Node next = node.getNext();
            title.appendChild(node);
            node = next;
        }
        if (node != null) {
            node.unlink();
        }
        if (marker.getLiteral().isEmpty()) {
            marker.unlink();
        }
        if (title.getLastChild() instanceof Text end) {
            end.setLiteral(end.getLiteral().stripTrailing());
        }
        if (first.getFirstChild() == null) {
            first.unlink();
        }

        callout.appendChild(title);
        for (Node child = quote.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            callout.appendChild(child);
            child = next;
        }
        quote.insertBefore(callout);
        quote.unlink();
    }
}
