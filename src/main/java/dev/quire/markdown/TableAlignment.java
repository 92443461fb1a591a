package dev.quire.markdown;

import java.util.Map;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Writes a table cell's alignment as a class instead of the {@code align} attribute, which HTML5
 * made obsolete (validators reject it); the theme styles {@code .align-right} and friends.
 */
final class TableAlignment implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof TableCell) {
            String align = attributes.remove("align");
            if (align != null) {
                attributes.put("class", "align-" + align);
            }
        }
    }
}
