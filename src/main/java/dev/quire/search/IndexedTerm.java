package dev.quire.search;

import dev.quire.json.Json;
import java.util.Arrays;

/**
 * A term as its chunk file writes it: its postings, their weights, its JSON key and its posting
 * list encoded. The key and encoding are kept from the previous build's term when the documents
 * and weights are the same, as they mostly are, so that a chunk whose terms are all kept is not
 * written again ({@link WrittenChunk#holdsSame}).
 */
record IndexedTerm(Postings postings, int[] weights, String key, String encoded) {
    /** @param before the same term in the previous build's index, or null */
    static IndexedTerm of(String term, Postings postings, int[] weights, IndexedTerm before) {
        if (before != null && Arrays.equals(before.postings().docs, postings.docs)
                && Arrays.equals(before.weights(), weights)) {
            return before.postings() == postings ? before
                    : new IndexedTerm(postings, weights, before.key(), before.encoded());
        }
        return new IndexedTerm(postings, weights, before != null ? before.key() : Json.quoted(term),
                encode(postings, weights));
    }

    /** "[doc,weight,gap,weight,...]": the first document id, then gaps, each followed by its weight. */
    private static String encode(Postings postings, int[] weights) {
        StringBuilder out = new StringBuilder(postings.size() * 6 + 2).append('[');
        int previous = 0;
        for (int i = 0; i < postings.size(); i++) {
            int doc = postings.docs[i];
            if (i > 0) {
                out.append(',');
            }
            out.append(doc - previous).append(',').append(weights[i]);
            previous = doc;
        }
        return out.append(']').toString();
    }
}
