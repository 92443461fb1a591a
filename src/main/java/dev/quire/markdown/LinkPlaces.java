package dev.quire.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Every link and image destination written in a body, with the file position of the destination
 * itself (where a writer fixes a broken one): inside the link's own source for an inline link,
 * inside the definition line for a reference link, else at the link's first character.
 */
final class LinkPlaces {
    private final String markdown;
    private final int bodyFirstLine;
    private final List<Node> links = new ArrayList<>();
    private final List<LinkReferenceDefinition> definitions = new ArrayList<>();

    private LinkPlaces(String markdown, int bodyFirstLine) {
        this.markdown = markdown;
        this.bodyFirstLine = bodyFirstLine;
    }

    /**
     * @param markdown the body the document was parsed from
     * @param bodyFirstLine the file line (1-based) of the body's first line
     */
    static List<OutgoingLink> of(Node document, String markdown, int bodyFirstLine) {
        LinkPlaces places = new LinkPlaces(markdown, bodyFirstLine);
        places.walk(document);
        List<OutgoingLink> out = new ArrayList<>();
        for (Node link : places.links) {
            String target = link instanceof Link l ? l.getDestination() : ((Image) link).getDestination();
            out.add(places.place(link, target));
        }
        return out;
    }

    /** Collects links, images and reference definitions in document order, a note's where it is written. */
    private void walk(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link || child instanceof Image) {
                links.add(child);
            } else if (child instanceof LinkReferenceDefinition definition) {
                definitions.add(definition);
            }
            walk(child);
        }
    }

    private OutgoingLink place(Node link, String target) {
        OutgoingLink at = find(link, target);
        if (at == null) {
            for (LinkReferenceDefinition def : definitions) {
                if (def.getDestination().equals(target) && (at = find(def, target)) != null) {
                    break;
                }
            }
        }
        if (at != null) {
            return at;
        }
        if (link.getSourceSpans().isEmpty()) {
            return new OutgoingLink(target, bodyFirstLine, 1);
        }
        SourceSpan first = link.getSourceSpans().get(0);
        return new OutgoingLink(target, bodyFirstLine + first.getLineIndex(), first.getColumnIndex() + 1);
    }

    /** The destination inside the node's own source lines, or null when it is not written there. */
    private OutgoingLink find(Node node, String target) {
        if (target.isEmpty()) {
            return null;
        }
        for (SourceSpan span : node.getSourceSpans()) {
            String text = markdown.substring(span.getInputIndex(), Math.min(markdown.length(), span.getInputIndex() + span.getLength()));
            int at = text.lastIndexOf("](" + target);
            at = at >= 0 ? at + 2 : text.indexOf(target);
            if (at >= 0) {
                return new OutgoingLink(target, bodyFirstLine + span.getLineIndex(), span.getColumnIndex() + at + 1);
            }
        }
        return null;
    }
}
