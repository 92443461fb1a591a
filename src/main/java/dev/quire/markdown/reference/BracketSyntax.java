package dev.quire.markdown.reference;

import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;

/**
 * Brackets that are not links: {@code [[slug]]}, {@code [[slug|text]]} and bracketed citations
 * {@code [@key]}. commonmark hands every bracket without a destination to its link processors
 * before treating it as a reference link, so a real link {@code [text](url)} is never taken.
 *
 * <p>For {@code [[slug]]} the processor sees the inner {@code [slug]}, followed by {@code ]}: it
 * consumes that second {@code ]} and empties the outer {@code [} (still open on the bracket
 * stack), so neither shows.
 */
final class BracketSyntax implements LinkProcessor {

    @Override
    public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext context) {
        if (info.destination() != null || info.label() != null || info.marker() != null) {
            return LinkResult.none();
        }
        String text = info.text();
        Node before = info.openingBracket().getPrevious();
        if (scanner.peek() == ']' && before instanceof Text open && open.getLiteral().equals("[")) {
            return wikiLink(text, scanner, open);
        }
        if (text.indexOf('@') < 0) {
            return LinkResult.none();
        }
        Optional<List<CitationSyntax.Key>> keys = CitationSyntax.parse(text);
        if (keys.isEmpty()) {
            return LinkResult.none();
        }
        if (keys.get().stream().anyMatch(k -> k.item().key().matches("(eq|tbl|sec|lst):.*"))) {
            return LinkResult.none(); // other cross-references, parsed by their own extensions
        }
        boolean allFigures = keys.get().stream().allMatch(k -> k.item().key().startsWith("fig:"));
        if (allFigures && keys.get().size() == 1) {
            return LinkResult.replaceWith(new FigureRef(keys.get().get(0).item().key()), scanner.position());
        }
        Citation citation = new Citation(keys.get().stream().map(CitationSyntax.Key::item).toList(), false, "[" + text + "]");
        citation.offsets = keys.get().stream().mapToInt(k -> k.offset() + 1).toArray();
        return LinkResult.replaceWith(citation, scanner.position());
    }

    private static LinkResult wikiLink(String text, Scanner scanner, Text open) {
        int bar = text.indexOf('|');
        String slug = (bar < 0 ? text : text.substring(0, bar)).strip();
        if (slug.isEmpty() || slug.contains("\n")) {
            return LinkResult.none();
        }
        String label = bar < 0 ? null : text.substring(bar + 1).strip();
        scanner.next(); // the second ']'
        open.setLiteral("");
        // the parser gives the node the span of the inner brackets; errors point one column left
        return LinkResult.replaceWith(new WikiLink(slug, label == null || label.isEmpty() ? null : label), scanner.position());
    }
}
