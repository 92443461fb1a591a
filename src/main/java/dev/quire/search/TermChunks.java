package dev.quire.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits the sorted term dictionary into chunks by term prefix, so that the browser fetches only
 * the chunk that can hold a query word. A prefix whose terms weigh more than the target is split
 * by its next character, recursively; terms equal to a split prefix stay in that prefix's own
 * chunk, so one very common term may make a chunk alone. A term belongs to the chunk of the
 * longest chunk prefix it starts with.
 *
 * <p>Works on index ranges of the sorted terms: the terms sharing a prefix are always one run of
 * the sorted array, so no chunk copies the terms it holds.
 */
final class TermChunks {
    /** A chunk: its prefix and its terms, {@code terms[from..to)}. */
    record Chunk(String prefix, int from, int to) {
    }

    private final String[] terms;
    private final long[] weightBefore;
    private final int targetBytes;
    private final List<Chunk> chunks = new ArrayList<>();

    private TermChunks(String[] terms, int[] weights, int targetBytes) {
        this.terms = terms;
        this.targetBytes = targetBytes;
        this.weightBefore = new long[terms.length + 1];
        for (int i = 0; i < terms.length; i++) {
            weightBefore[i + 1] = weightBefore[i] + weights[i];
        }
    }

    /**
     * @param terms every term, sorted
     * @param weights each term's bytes in its chunk's file (term, posting list and punctuation)
     * @return the chunks, sorted by prefix
     */
    static List<Chunk> split(String[] terms, int[] weights, int targetBytes) {
        TermChunks splitter = new TermChunks(terms, weights, targetBytes);
        if (terms.length > 0) {
            splitter.split("", 0, terms.length);
        }
        splitter.chunks.sort(Comparator.comparing(Chunk::prefix));
        return splitter.chunks;
    }

    private void split(String prefix, int from, int to) {
        if (weightBefore[to] - weightBefore[from] <= targetBytes) {
            chunks.add(new Chunk(prefix, from, to));
            return;
        }
        int i = from;
        if (terms[i].length() == prefix.length()) { // the prefix itself is a term: sorted first
            chunks.add(new Chunk(prefix, i, i + 1));
            i++;
        }
        while (i < to) {
            String next = terms[i].substring(0, terms[i].offsetByCodePoints(prefix.length(), 1));
            int end = i + 1;
            while (end < to && terms[end].startsWith(next)) {
                end++;
            }
            split(next, i, end);
            i = end;
        }
    }
}
