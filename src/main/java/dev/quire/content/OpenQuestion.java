package dev.quire.content;

/**
 * One item of a memo's "Open questions" section.
 *
 * @param number the item's position, 1 first: its anchor is {@code #open-question-<number>}
 * @param html the item as rendered on the memo's page
 * @param hasMath whether it holds rendered math, which a page showing it links KaTeX's stylesheet for
 * @param hasCode whether it holds a code block
 */
public record OpenQuestion(int number, String html, boolean hasMath, boolean hasCode) {

    public String anchor() {
        return "open-question-" + number;
    }
}
