package dev.quire.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Collects, while the page is written, the section headings for the contents list and the items
 * of the "Open questions" list. It runs as the last attribute provider, so a heading's id is the
 * one {@link HeadingIds} gave it on this page, duplicates numbered.
 *
 * <p>One per memo render.
 */
final class SectionFacts implements AttributeProvider {
    private final Fragments fragments;
    private final List<ContentsEntry> contents = new ArrayList<>();
    private final List<OpenItem> openQuestions = new ArrayList<>();
    private ListBlock questionList;

    SectionFacts(Fragments fragments) {
        this.fragments = fragments;
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Heading heading && heading.getParent() instanceof Document
                && (heading.getLevel() == 2 || heading.getLevel() == 3) && attributes.get("id") != null) {
            contents.add(new ContentsEntry(heading.getLevel(), attributes.get("id"), fragments.heading(heading)));
        } else if (node instanceof ListBlock list && questionList == null && OpenQuestionMarkup.isOpenQuestions(list)) {
            questionList = list; // the first such list only, as the ledger has always shown
        } else if (node instanceof ListItem item && item.getParent() == questionList && questionList != null) {
            BodyFlags flags = BodyFlags.of(item);
            openQuestions.add(new OpenItem(fragments.item(item), flags.math, flags.code));
        }
    }

    List<ContentsEntry> contents() {
        return contents;
    }

    List<OpenItem> openQuestions() {
        return openQuestions;
    }
}
