package dev.quire.search;

import java.util.Arrays;

/**
 * One term's posting list: the documents it occurs in, ascending, and how often (weighted) in
 * each. Immutable, so that one index can share the lists of terms a change did not touch with
 * the index it was made from.
 */
final class Postings {
    final int[] docs;
    final int[] counts;

    Postings(int[] docs, int[] counts) {
        this.docs = docs;
        this.counts = counts;
    }

    int size() {
        return docs.length;
    }

    /** This list with document {@code doc} counted {@code count} times; {@code 0} removes it; null when empty. */
    Postings with(int doc, int count) {
        int at = Arrays.binarySearch(docs, doc);
        if (at >= 0) {
            if (count == counts[at]) {
                return this;
            }
            if (count > 0) {
                int[] c = counts.clone();
                c[at] = count;
                return new Postings(docs, c);
            }
            if (docs.length == 1) {
                return null;
            }
            return new Postings(remove(docs, at), remove(counts, at));
        }
        if (count == 0) {
            return this;
        }
        int insert = -at - 1;
        return new Postings(insert(docs, insert, doc), insert(counts, insert, count));
    }

    private static int[] remove(int[] a, int at) {
        int[] out = new int[a.length - 1];
        System.arraycopy(a, 0, out, 0, at);
        System.arraycopy(a, at + 1, out, at, a.length - at - 1);
        return out;
    }

    private static int[] insert(int[] a, int at, int value) {
        int[] out = new int[a.length + 1];
        System.arraycopy(a, 0, out, 0, at);
        out[at] = value;
        System.arraycopy(a, at, out, at + 1, a.length - at);
        return out;
    }

    /** Collects a posting list document by document, in ascending order. */
    static final class Builder {
        private int[] docs = new int[4];
        private int[] counts = new int[4];
        private int size;

        void add(int doc, int count) {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            docs[size] = doc;
            counts[size] = count;
            size++;
        }

        Postings build() {
            return new Postings(Arrays.copyOf(docs, size), Arrays.copyOf(counts, size));
        }
    }
}
