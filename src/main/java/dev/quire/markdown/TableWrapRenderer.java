package dev.quire.markdown;

import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes each table inside a scrolling wrapper, {@code <div class="table-wrap">}, so a wide
 * table scrolls by itself, never the page. Only the table element is written here; its head,
 * body, rows and cells are the tables extension's.
 */
final class TableWrapRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    TableWrapRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(TableBlock.class);
    }

    @Override
    public void render(Node node) {
        html.line();
        html.raw("<div class=\"table-wrap\">");
        html.tag("table", context.extendAttributes(node, "table", Map.of()));
        for (Node child = node.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
        html.tag("/table");
        html.raw("</div>");
        html.line();
    }
}
