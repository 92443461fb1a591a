package dev.quire.search;

/**
 * How often a term occurs in a text, as {@link SearchAnalyzer} makes terms: a memo body's
 * counts are taken once, when it is rendered, and kept with it, so that a build whose bodies
 * all come from the cache analyses only titles and descriptions.
 */
public record TermCount(String term, int count) {
}
