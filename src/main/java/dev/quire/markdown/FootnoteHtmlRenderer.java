package dev.quire.markdown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes footnotes as the commonmark footnotes extension does (numbered references, a footnotes
 * section with back-links at the end), plus what the site adds: a margin note,
 * {@code <span class="sidenote">}, right after the first reference to each note, so that on wide
 * screens the note sits beside the line that cites it; a heading for screen readers and document
 * outlines on the section, as GitHub does; and {@code in-margin} on what wide screens hide (the
 * whole section when every note floats, else each floating note). On narrow screens and in print
 * the stylesheet hides the margin notes instead, so each note is in the accessibility tree once.
 *
 * <p>The margin copy is the note's own content written again as phrasing content (a
 * {@code <span>} inside a {@code <p>} may not hold blocks), by {@link Fragments}.
 */
final class FootnoteHtmlRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final Footnotes footnotes;
    private final Fragments fragments;

    /** @param fragments what writes the margin notes; null for a feed entry, whose reader has no margin */
    FootnoteHtmlRenderer(HtmlNodeRendererContext context, Footnotes footnotes, Fragments fragments) {
        this.context = context;
        this.html = context.getWriter();
        this.footnotes = footnotes;
        this.fragments = fragments;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FootnoteReference.class, FootnoteDefinition.class);
    }

    @Override
    public void render(Node node) {
        if (!(node instanceof FootnoteReference ref)) {
            return; // definitions are written in the section at the end
        }
        Footnotes.Reference info = footnotes.reference(ref);
        if (info == null) {
            html.text("[^" + ref.getLabel() + "]");
            return;
        }
        writeReference(html, context, ref, info, true);
        if (info.withMarginNote() && fragments != null) {
            html.raw("<span class=\"sidenote\" data-n=\"" + info.note().number + "\">");
            html.raw(fragments.note(info.note().definition));
            html.raw("</span>");
        }
    }

    /** The superscript number linking to the note; {@code withId} false for a copy, so ids stay unique. */
    static void writeReference(HtmlWriter html, HtmlNodeRendererContext context, Node ref, Footnotes.Reference info, boolean withId) {
        html.tag("sup", context.extendAttributes(ref, "sup", Map.of("class", "footnote-ref")));
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("href", "#" + info.note().id());
        if (withId) {
            attrs.put("id", info.id());
        }
        attrs.put("data-footnote-ref", null);
        html.tag("a", context.extendAttributes(ref, "a", attrs));
        html.raw(String.valueOf(info.note().number));
        html.tag("/a");
        html.tag("/sup");
    }

    @Override
    public void afterRoot(Node root) {
        List<Footnotes.Note> notes = footnotes.notes();
        if (notes.isEmpty()) {
            return;
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("class", footnotes.allInMargin() ? "footnotes in-margin" : "footnotes");
        attrs.put("data-footnotes", null);
        html.tag("section", context.extendAttributes(notes.get(0).definition, "section", attrs));
        html.line();
        html.raw("<h2 class=\"visually-hidden\">Notes</h2>");
        html.line();
        html.tag("ol");
        html.line();
        for (Footnotes.Note note : notes) {
            writeNote(note, !footnotes.allInMargin() && note.inMargin);
        }
        html.tag("/ol");
        html.line();
        html.tag("/section");
        html.line();
    }

    private void writeNote(Footnotes.Note note, boolean markInMargin) {
        FootnoteDefinition def = note.definition;
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("id", note.id());
        if (markInMargin) {
            attrs.put("class", "in-margin");
        }
        html.tag("li", context.extendAttributes(def, "li", attrs));
        html.line();
        // as GitHub does, the back-links go inside the last paragraph when the note ends with one
        Node last = def.getLastChild() instanceof Paragraph p ? p : null;
        for (Node child = def.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph) {
                html.tag("p", context.extendAttributes(child, "p", Map.of()));
                renderChildren(child);
                if (child == last) {
                    html.raw(" ");
                    writeBackrefs(note);
                }
                html.tag("/p");
                html.line();
            } else {
                context.render(child);
            }
        }
        if (last == null) {
            html.line();
            writeBackrefs(note);
        }
        html.tag("/li");
        html.line();
    }

    private void writeBackrefs(Footnotes.Note note) {
        for (int i = 0; i < note.referenceIds.size(); i++) {
            int n = i + 1;
            String idx = note.number + (n > 1 ? "-" + n : "");
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("href", "#" + note.referenceIds.get(i));
            attrs.put("class", "footnote-backref");
            attrs.put("data-footnote-backref", null);
            attrs.put("data-footnote-backref-idx", idx);
            attrs.put("aria-label", "Back to reference " + idx);
            html.tag("a", context.extendAttributes(note.definition, "a", attrs));
            if (n > 1) {
                html.tag("sup", context.extendAttributes(note.definition, "sup", Map.of("class", "footnote-ref")));
                html.raw(String.valueOf(n));
                html.tag("/sup");
            }
            html.raw("\u21a9");
            html.tag("/a");
            if (n < note.referenceIds.size()) {
                html.raw(" ");
            }
        }
    }

    private void renderChildren(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
    }
}
