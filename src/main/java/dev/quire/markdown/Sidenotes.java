package dev.quire.markdown;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Copies each footnote into a margin note, {@code <span class="sidenote">}, right after the first
 * reference to it, so that on wide screens the note sits beside the line that cites it (the
 * stylesheet floats it into the right margin). The footnotes section stays in place: on narrow
 * screens and in print the stylesheet hides the margin notes and shows the footnotes instead. As
 * one copy is always {@code display: none}, each note is in the accessibility tree exactly once.
 *
 * <p>The commonmark footnotes extension numbers notes while it renders, so the copies are added
 * to its output: each first reference is found by the exact markup the extension writes for it
 * (its own {@code id="fnref-LABEL"}). The note is copied from the footnotes section as rendered
 * (so nothing in it is rendered, or reported, twice) and rewritten as phrasing content, because
 * a {@code <span>} inside a {@code <p>} may not hold blocks.
 *
 * <p>References inside table cells, links and headings get no margin note (a float there would
 * break the table, nest links, or end up in the table of contents): those notes stay footnotes
 * at every width.
 */
final class Sidenotes {
    private static final String SECTION = "<section class=\"footnotes";
    private static final Pattern REFERENCE = Pattern.compile(
            "<sup class=\"footnote-ref\"><a href=\"#fn-([^\"]*)\" id=\"fnref-\\1\" data-footnote-ref>(\\d+)</a></sup>");
    /** HTML elements allowed inside a span; every other HTML element of a note becomes a span. */
    private static final Set<String> PHRASING = Set.of("a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del",
            "dfn", "em", "i", "img", "input", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup",
            "time", "u", "var", "wbr", "math", "svg");

    private Sidenotes() {
    }

    /**
     * @param html the body as the renderer wrote it, footnotes section included
     * @param document the parsed body {@code html} was rendered from
     */
    static String insert(String html, Node document) {
        int section = html.indexOf(SECTION);
        if (section < 0) {
            return html;
        }
        Notes notes = Notes.of(document);
        String body = html.substring(0, section);
        String footnotes = html.substring(section);
        Map<String, Element> items = new HashMap<>();
        for (Element li : Jsoup.parseBodyFragment(footnotes).select("section.footnotes > ol > li[id]")) {
            items.put(li.id(), li);
        }

        StringBuilder out = new StringBuilder(html.length() * 2);
        Set<String> inMargin = new HashSet<>();
        Matcher ref = REFERENCE.matcher(body);
        int last = 0;
        while (ref.find()) {
            out.append(body, last, ref.end());
            last = ref.end();
            FootnoteDefinition def = notes.byEscapedLabel.get(ref.group(1));
            Element item = def == null ? null : items.get("fn-" + def.getLabel());
            if (item != null && !notes.keptAsFootnote.contains(def)) {
                out.append("<span class=\"sidenote\" data-n=\"").append(ref.group(2)).append("\">")
                        .append(phrasing(item)).append("</span>");
                inMargin.add(ref.group(1));
            }
        }
        out.append(body, last, body.length());
        return out + markFootnotes(footnotes, inMargin);
    }

    /**
     * Marks what wide screens hide: the whole section when every note sits in the margin (the
     * usual case), else each footnote that does.
     */
    private static String markFootnotes(String footnotes, Set<String> inMargin) {
        int notes = footnotes.split("<li id=\"fn-", -1).length - 1;
        if (!inMargin.isEmpty() && notes == inMargin.size()) {
            return footnotes.replaceFirst("^<section class=\"footnotes\"", "<section class=\"footnotes in-margin\"");
        }
        String marked = footnotes;
        for (String label : inMargin) {
            marked = marked.replace("<li id=\"fn-" + label + "\">", "<li id=\"fn-" + label + "\" class=\"in-margin\">");
        }
        return marked;
    }

    /**
     * The footnote's content, without its back-links, rewritten as phrasing content: blocks become
     * spans, ids are dropped. A note of one paragraph (most notes) is just that paragraph's content.
     * It is taken from the footnotes section as rendered, so that it is the same note in both places.
     */
    private static String phrasing(Element item) {
        for (Element backref : item.select("a.footnote-backref")) {
            if (backref.previousSibling() instanceof TextNode space) {
                space.text(space.getWholeText().stripTrailing());   // the space the renderer put before it
            }
            backref.remove();
        }
        item.select("hr").remove();
        item.ownerDocument().outputSettings().prettyPrint(false);
        if (item.childrenSize() == 1 && item.child(0).normalName().equals("p") && item.child(0).attributesSize() == 0
                && item.child(0).select("[id]").isEmpty()) {
            return item.child(0).html().strip();
        }
        for (Element e : item.select("*")) {
            if (e == item) {
                continue;
            }
            e.removeAttr("id");
            if (Parser.NamespaceHtml.equals(e.tag().namespace()) && !PHRASING.contains(e.normalName())) {
                e.addClass("sidenote-" + e.normalName()).tagName("span");
            }
        }
        return item.html().strip();
    }

    /** The footnote definitions of a body and which of them must stay footnotes. */
    private static final class Notes extends AbstractVisitor {
        private final Map<String, FootnoteDefinition> byNormalLabel = new HashMap<>();
        private final Map<String, FootnoteDefinition> byEscapedLabel = new HashMap<>();
        private final Set<FootnoteDefinition> keptAsFootnote = new HashSet<>();
        private final Set<FootnoteDefinition> referenced = new HashSet<>();

        static Notes of(Node document) {
            Notes notes = new Notes();
            document.accept(notes);
            document.accept(notes.new References());
            return notes;
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof FootnoteDefinition def) {
                // the first definition of a label wins, as in the footnotes extension
                if (byNormalLabel.putIfAbsent(normal(def.getLabel()), def) == null) {
                    byEscapedLabel.put(escape(def.getLabel()), def);
                }
            }
            visitChildren(block);
        }

        /** Finds each note's first reference in the body, in rendering order, outside the notes themselves. */
        private final class References extends AbstractVisitor {
            @Override
            public void visit(CustomBlock block) {
                if (!(block instanceof FootnoteDefinition)) {
                    visitChildren(block);
                }
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof FootnoteReference ref) {
                    FootnoteDefinition def = byNormalLabel.get(normal(ref.getLabel()));
                    if (def != null && referenced.add(def) && !canFloat(ref)) {
                        keptAsFootnote.add(def);
                    }
                }
                visitChildren(node);
            }
        }

        private static boolean canFloat(Node ref) {
            for (Node n = ref.getParent(); n != null; n = n.getParent()) {
                if (n instanceof TableCell || n instanceof Link || n instanceof Heading) {
                    return false;
                }
            }
            return true;
        }

        /** Labels match as commonmark matches them: case-folded, inner whitespace collapsed. */
        private static String normal(String label) {
            return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT);
        }

        /** A label as the renderer writes it in an attribute. */
        private static String escape(String label) {
            return label.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }
}
