package dev.quire.markdown;

import java.util.Locale;
import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Marks up a memo's "Open questions" section so the site can collect it: the list right after
 * a heading reading "Open questions" gets {@code class="open-questions"}, and its items the
 * stable anchors {@code open-question-1}, {@code open-question-2}, ... in order. The anchors are
 * what the open-questions ledger and {@code answers: [slug#n]} point at, so they follow the
 * items' order and nothing else.
 */
final class OpenQuestionMarkup implements AttributeProvider {
    static final String LIST_CLASS = "open-questions";
    static final String ITEM_ID_PREFIX = "open-question-";

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof ListBlock list && isOpenQuestions(list)) {
            String existing = attributes.get("class");
            attributes.put("class", existing == null ? LIST_CLASS : existing + " " + LIST_CLASS);
        } else if (node instanceof ListItem item && item.getParent() instanceof ListBlock list && isOpenQuestions(list)) {
            attributes.put("id", ITEM_ID_PREFIX + position(item));
        }
    }

    /** The first block after a heading whose text is "Open questions" (any level, any case). */
    static boolean isOpenQuestions(ListBlock list) {
        return list.getPrevious() instanceof Heading heading
                && headingText(heading).strip().toLowerCase(Locale.ROOT).equals("open questions");
    }

    private static String headingText(Heading heading) {
        StringBuilder text = new StringBuilder();
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            }
        }
        return text.toString();
    }

    private static int position(ListItem item) {
        int n = 1;
        for (Node before = item.getPrevious(); before != null; before = before.getPrevious()) {
            n++;
        }
        return n;
    }
}
