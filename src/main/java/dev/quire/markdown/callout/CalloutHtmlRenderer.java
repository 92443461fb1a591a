package dev.quire.markdown.callout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes a callout as {@code <div class="callout callout-warning" data-callout="warning" role="note">}
 * with a {@code <p class="callout-title">}; a foldable one as {@code <details>} with the title as
 * its {@code <summary>}, so it folds without script.
 */
final class CalloutHtmlRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    CalloutHtmlRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Callout.class, CalloutTitle.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof Callout callout) {
            renderCallout(callout);
        } else {
            renderTitle((CalloutTitle) node, (Callout) node.getParent());
        }
    }

    private void renderCallout(Callout callout) {
        boolean folds = callout.fold() != Callout.Fold.NONE;
        String tag = folds ? "details" : "div";
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("class", "callout callout-" + callout.look());
        attrs.put("data-callout", callout.type());
        if (!folds) {
            attrs.put("role", "note");
        } else if (callout.fold() == Callout.Fold.OPEN) {
            attrs.put("open", null);
        }
        html.line();
        html.tag(tag, context.extendAttributes(callout, tag, attrs));
        html.line();
        for (Node child = callout.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
        html.line();
        html.tag("/" + tag);
        html.line();
    }

    private void renderTitle(CalloutTitle title, Callout callout) {
        String tag = callout.fold() == Callout.Fold.NONE ? "p" : "summary";
        html.tag(tag, context.extendAttributes(title, tag, Map.of("class", "callout-title")));
        if (title.getFirstChild() == null) {
            html.text(callout.defaultTitle());
        }
        for (Node child = title.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
        html.tag("/" + tag);
        html.line();
    }
}
