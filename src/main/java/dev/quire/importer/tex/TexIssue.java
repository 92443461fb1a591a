package dev.quire.importer.tex;

/**
 * Something in a formula that the rewrites could not make KaTeX's, left as it was.
 *
 * @param offset where in the original TeX it stands, 0-based
 */
public record TexIssue(int offset, String message, String hint) {
}
