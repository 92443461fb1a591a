package dev.quire.markdown.reference;

import dev.quire.html.HtmlEscape;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** Writes figures, figure references, links between memos and citations as HTML. */
public final class ReferenceHtmlRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final String pageUrl;

    public ReferenceHtmlRenderer(HtmlNodeRendererContext context) {
        this(context, "");
    }

    /** @param pageUrl the page's absolute address that in-page links of citations start with, "" on the page itself */
    public ReferenceHtmlRenderer(HtmlNodeRendererContext context, String pageUrl) {
        this.context = context;
        this.html = context.getWriter();
        this.pageUrl = pageUrl;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Figure.class, FigureRef.class, WikiLink.class, Citation.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof Figure figure) {
            figure(figure);
        } else if (node instanceof FigureRef ref) {
            figureRef(ref);
        } else if (node instanceof WikiLink link) {
            wikiLink(link);
        } else if (node instanceof Citation citation) {
            citation(citation);
        }
    }

    private void figure(Figure figure) {
        Image image = figure.image();
        Map<String, String> attrs = new LinkedHashMap<>();
        if (figure.label != null) {
            attrs.put("id", figure.label);
        }
        html.line();
        html.tag("figure", attrs);
        html.line();
        Map<String, String> img = new LinkedHashMap<>();
        img.put("src", context.encodeUrl(image.getDestination()));
        String alt = AltText.of(image);
        img.put("alt", alt.isEmpty() && image.getTitle() != null ? image.getTitle() : alt);
        if (figure.width > 0 && figure.height > 0) {
            img.put("width", Integer.toString(figure.width));
            img.put("height", Integer.toString(figure.height));
        }
        img.put("loading", "lazy");
        img.put("decoding", "async");
        html.tag("img", context.extendAttributes(image, "img", img), true);
        html.line();
        boolean hasAlt = image.getFirstChild() != null;
        String title = image.getTitle() == null ? "" : image.getTitle();
        if (figure.number > 0 || hasAlt || !title.isEmpty()) {
            html.tag("figcaption");
            if (figure.number > 0) {
                html.tag("span", Map.of("class", "figure-number"));
                html.text("Figure " + figure.number + (hasAlt || !title.isEmpty() ? ":" : ""));
                html.tag("/span");
                if (hasAlt || !title.isEmpty()) {
                    html.text(" ");
                }
            }
            if (hasAlt) {
                for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                    context.render(child);
                }
            } else {
                html.text(title);
            }
            html.tag("/figcaption");
            html.line();
        }
        html.tag("/figure");
        html.line();
    }

    private void figureRef(FigureRef ref) {
        if (ref.number == 0) {
            html.text("@" + ref.label);
            return;
        }
        html.tag("a", context.extendAttributes(ref, "a", attrs("class", "figure-ref", "href", "#" + ref.label)));
        html.text("Figure " + ref.number);
        html.tag("/a");
    }

    private void wikiLink(WikiLink link) {
        if (link.href == null) {
            html.text(link.shown());
            return;
        }
        html.tag("a", context.extendAttributes(link, "a", attrs("class", "memo-link", "href", link.href)));
        html.text(link.text != null ? link.text : link.title);
        html.tag("/a");
    }

    private void citation(Citation citation) {
        if (citation.html == null) {
            html.text(citation.source);
            return;
        }
        html.tag("span", Map.of("class", "citation"));
        // the formatter links each work to its entry in the list below, by a fragment of this page
        html.raw(pageUrl.isEmpty() ? citation.html : citation.html.replace("href=\"#", "href=\"" + HtmlEscape.attribute(pageUrl) + "#"));
        html.tag("/span");
    }

    /** Attributes in the order given: Map.of's order changes from run to run, and output must not. */
    private static Map<String, String> attrs(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** The plain text of an image's description, for its alt attribute. */
    static final class AltText {
        private AltText() {
        }

        static String of(Image image) {
            StringBuilder out = new StringBuilder();
            append(image, out);
            return out.toString();
        }

        private static void append(Node node, StringBuilder out) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text t) {
                    out.append(t.getLiteral());
                } else if (child instanceof org.commonmark.node.Code c) {
                    out.append(c.getLiteral());
                } else if (child instanceof Citation c) {
                    out.append(c.html == null ? c.source : c.html.replaceAll("<[^>]+>", ""));
                } else if (child instanceof FigureRef r) {
                    out.append(r.number > 0 ? "Figure " + r.number : "@" + r.label);
                } else if (child instanceof org.commonmark.node.SoftLineBreak || child instanceof org.commonmark.node.HardLineBreak) {
                    out.append(' ');
                } else {
                    append(child, out);
                }
            }
        }
    }
}
