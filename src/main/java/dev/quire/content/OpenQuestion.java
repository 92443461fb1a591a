package dev.quire.content;

/**
 * One item of a memo's "Open questions" section.
 *
 * @param number the item's position, 1 first: its anchor is {@code #open-question-<number>}
 * @param html the item as rendered on the memo's page
 */
public record OpenQuestion(int number, String html) {

    public String anchor() {
        return "open-question-" + number;
    }
}
