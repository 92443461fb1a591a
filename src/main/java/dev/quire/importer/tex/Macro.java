package dev.quire.importer.tex;

/**
 * A macro defined in a post ({@code \newcommand{\R}{\mathbb{R}}}), bound for {@code quire.yml}'s
 * {@code math: macros:}.
 *
 * @param name the control sequence with its backslash, {@code \R}
 * @param body what it expands to, arguments as {@code #1}
 * @param offset where the definition stands in the formula it came from
 */
public record Macro(String name, String body, int offset) {
}
