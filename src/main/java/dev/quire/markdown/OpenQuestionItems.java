package dev.quire.markdown;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Reads the items of the "Open questions" list back out of a rendered memo body, after every
 * step of the pipeline (math, citations, ...) has run, so that an item shows on the ledger
 * exactly as on its memo's page.
 *
 * <p>Usage: {@code OpenQuestionItems.of(parsedBody)} gives each item's inner HTML, item 1 first.
 */
public final class OpenQuestionItems {
    private OpenQuestionItems() {
    }

    /** Takes the items out of {@code body}, which it changes: the caller's last use of it. */
    public static List<String> of(Element body) {
        Element list = body.selectFirst("ul." + OpenQuestionMarkup.LIST_CLASS + ", ol." + OpenQuestionMarkup.LIST_CLASS);
        if (list == null) {
            return List.of();
        }
        return list.children().stream()
                .filter(li -> li.id().startsWith(OpenQuestionMarkup.ITEM_ID_PREFIX))
                .map(OpenQuestionItems::inner)
                .toList();
    }

    /**
     * A tight item's content, or a loose item's single paragraph unwrapped. Footnote references
     * are dropped and other in-page links kept as text: shown elsewhere, they would point at
     * anchors of another page.
     */
    private static String inner(Element li) {
        li.select("sup.footnote-ref").remove();
        li.select("a[href^=#]").unwrap();
        Element only = li.children().size() == 1 && li.child(0).tagName().equals("p") ? li.child(0) : li;
        return only.html();
    }
}
