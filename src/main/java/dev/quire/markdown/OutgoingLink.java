package dev.quire.markdown;

/**
 * A link or image destination as written in a memo, and where: {@code quire check} reports a
 * broken one at this place in the memo file.
 *
 * @param line 1-based line in the memo file
 * @param column 1-based column of the destination's first character
 */
public record OutgoingLink(String target, int line, int column) {
}
