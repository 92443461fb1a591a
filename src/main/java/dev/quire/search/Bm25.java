package dev.quire.search;

import java.util.Arrays;

/**
 * BM25 (k1 = 1.2, b = 0.75), the weight of each posting of the index, scaled to whole numbers
 * 1–99 for the files the browser reads. Written out here rather than taken from Lucene's
 * {@code BM25Similarity}, which scores at query time over a Lucene index: this index is JSON, its
 * weights computed once when it is built.
 */
final class Bm25 {
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private Bm25() {
    }

    /** Each document's length normalization, against the average length of all of them. */
    static double[] norms(AnalyzedDocument[] analyzed) {
        double avgLength = Arrays.stream(analyzed).mapToInt(AnalyzedDocument::length).average().orElse(1);
        return Arrays.stream(analyzed).mapToDouble(a -> K1 * (1 - B + B * a.length() / avgLength)).toArray();
    }

    /** The largest score among a term's postings: the largest of the whole index is weight 99. */
    static double maxScore(Postings p, int documents, double[] norms) {
        double idf = idf(p, documents);
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.size(); i++) {
            max = Math.max(max, score(idf, p.counts[i], norms[p.docs[i]]));
        }
        return max;
    }

    /** BM25 per posting, scaled so that the largest of the whole index ({@code max}) is 99, and at least 1. */
    static int[] weights(Postings p, int documents, double[] norms, double max) {
        double idf = idf(p, documents);
        int[] weights = new int[p.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (int) Math.max(1, Math.round(score(idf, p.counts[i], norms[p.docs[i]]) / max * 99));
        }
        return weights;
    }

    private static double idf(Postings p, int documents) {
        return Math.log(1 + (documents - p.size() + 0.5) / (p.size() + 0.5));
    }

    private static double score(double idf, int tf, double norm) {
        return idf * tf * (K1 + 1) / (tf + norm);
    }
}
