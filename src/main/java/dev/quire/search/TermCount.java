package dev.quire.search;

import dev.quire.cache.RecordCodec;

/**
 * How often a term occurs in a text, as {@link SearchAnalyzer} makes terms: a memo body's
 * counts are taken once, when it is rendered, and kept with it, so that a build whose bodies
 * all come from the cache analyses only titles and descriptions.
 */
public record TermCount(@RecordCodec.Shared String term, int count) {
}
