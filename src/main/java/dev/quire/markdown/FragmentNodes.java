package dev.quire.markdown;

import dev.quire.markdown.math.DisplayMath;
import dev.quire.markdown.math.EquationRef;
import dev.quire.markdown.math.MathHtmlRenderer;
import dev.quire.markdown.reference.Citation;
import dev.quire.markdown.reference.FigureRef;
import dev.quire.markdown.reference.ReferenceHtmlRenderer;
import dev.quire.markdown.reference.WikiLink;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.CoreHtmlNodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The node renderers of {@link Fragments}: what a part written for another place changes, by
 * {@link Fragments.Mode}. Every other node, and these ones where the mode changes nothing, are
 * written by the page's own renderers.
 */
final class FragmentNodes implements NodeRenderer {
    private static final Pattern IN_PAGE_LINK = Pattern.compile("<a href=\"#[^\"]*\">");

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final Fragments fragments;
    private final Footnotes footnotes;
    private final CoreHtmlNodeRenderer core;
    private final CodeBlockRenderer code;
    private final ReferenceHtmlRenderer references;
    private final MathHtmlRenderer math;

    FragmentNodes(HtmlNodeRendererContext context, Fragments fragments, Footnotes footnotes, CodeBlockRenderer code) {
        this.context = context;
        this.html = context.getWriter();
        this.fragments = fragments;
        this.footnotes = footnotes;
        this.core = new CoreHtmlNodeRenderer(context);
        this.code = code;
        this.references = new ReferenceHtmlRenderer(context);
        this.math = new MathHtmlRenderer(context);
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Paragraph.class, BulletList.class, OrderedList.class, ListItem.class, BlockQuote.class, Heading.class,
                ThematicBreak.class, IndentedCodeBlock.class, FencedCodeBlock.class, Link.class, FootnoteReference.class,
                WikiLink.class, FigureRef.class, EquationRef.class, Citation.class, FootnoteDefinition.class,
                DisplayMath.class);
    }

    @Override
    public void render(Node node) {
        Fragments.Mode mode = fragments.mode();
        if (fragments.isRoot(node)) {
            children(node);
        } else if (node instanceof FootnoteDefinition) {
            return; // a definition inside a part is written in the footnotes section only
        } else if (node instanceof DisplayMath display) {
            math.display(display, mode == Fragments.Mode.NOTE);
        } else if (node instanceof Citation citation) {
            citation(citation, mode);
        } else if (node instanceof FootnoteReference ref) {
            Footnotes.Reference info = footnotes.reference(ref);
            if (mode != Fragments.Mode.NOTE) {
                return; // the number would point at a note shown elsewhere, or inside the contents link
            }
            if (info == null) {
                html.text("[^" + ref.getLabel() + "]");
            } else {
                FootnoteHtmlRenderer.writeReference(html, context, ref, info, false);
            }
        } else if (node instanceof Link link) {
            boolean unlinked = mode == Fragments.Mode.HEADING || mode == Fragments.Mode.ITEM && link.getDestination().startsWith("#");
            if (unlinked) {
                children(link);
            } else {
                core.render(link);
            }
        } else if (node instanceof FigureRef || node instanceof EquationRef || node instanceof WikiLink) {
            reference(node, mode);
        } else if (mode == Fragments.Mode.NOTE) {
            phrasing(node);
        } else if (node instanceof FencedCodeBlock) {
            code.render(node);
        } else {
            core.render(node);
        }
    }

    /** In-page references as their text where links are dropped; a link between memos is dropped only in a heading. */
    private void reference(Node node, Fragments.Mode mode) {
        boolean inPage = !(node instanceof WikiLink);
        boolean unlinked = mode == Fragments.Mode.HEADING || mode == Fragments.Mode.ITEM && inPage;
        if (!unlinked) {
            (node instanceof EquationRef ? (NodeRenderer) math : references).render(node);
        } else if (node instanceof FigureRef ref) {
            html.text(ref.shown());
        } else if (node instanceof EquationRef ref) {
            if (ref.number() == 0) {
                html.text("@" + ref.label());
            } else {
                html.raw("Equation&nbsp;" + ref.number());
            }
        } else {
            WikiLink link = (WikiLink) node;
            html.text(link.shown());
        }
    }

    /**
     * A citation, its works linked to their entries in the reference list except where in-page
     * links are dropped. Those links are the formatter's own {@code <a href="#ref-KEY">} around
     * each work ({@code cite.Bibliography}), so they are known exactly and removed as such.
     */
    private void citation(Citation citation, Fragments.Mode mode) {
        if (mode == Fragments.Mode.NOTE || citation.html() == null) {
            references.render(citation);
            return;
        }
        html.tag("span", Map.of("class", "citation"));
        html.raw(IN_PAGE_LINK.matcher(citation.html()).replaceAll("").replace("</a>", ""));
        html.tag("/span");
    }

    /** A block inside a margin note, as a span named after the block it stands for. */
    private void phrasing(Node node) {
        if (node instanceof ThematicBreak) {
            return;
        }
        if (node instanceof Paragraph p && p.getParent() != null && p.getParent().getParent() instanceof ListBlock list
                && list.isTight()) {
            children(p);
            return;
        }
        String name = node instanceof Paragraph ? "p" : node instanceof BulletList ? "ul" : node instanceof OrderedList ? "ol"
                : node instanceof ListItem ? "li" : node instanceof BlockQuote ? "blockquote"
                : node instanceof Heading h ? "h" + h.getLevel() : "pre";
        boolean container = node instanceof ListBlock || node instanceof BlockQuote;
        if (!(node instanceof ListItem)) {
            html.line();
        }
        html.tag("span", Map.of("class", "sidenote-" + name));
        if (container) {
            html.line();
        }
        if (name.equals("pre")) {
            code.writeCode(node);
        } else {
            children(node);
        }
        if (container) {
            html.line();
        }
        html.tag("/span");
        html.line();
    }

    private void children(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
    }
}
