package dev.quire.markdown;

/**
 * One item of a body's "Open questions" list as other pages show it (the ledger, the memos that
 * answer it), with what it holds that a page showing it must link styles or scripts for.
 *
 * @param html the item's inner HTML
 * @param hasMath whether it holds rendered math
 * @param hasCode whether it holds a code block
 */
public record OpenItem(String html, boolean hasMath, boolean hasCode) {
}
