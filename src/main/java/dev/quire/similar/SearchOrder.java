package dev.quire.similar;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The order in which {@link ClosestSearch} reads one memo's features, and from each position the
 * most the features from there on can add to any other memo's score.
 *
 * <p>Order: fewest postings for the most share of the score first (postings read per unit of
 * share, ties by feature). A memo's question terms, rare and heavy, come first; the common words
 * of its first paragraph, light and held by a third of the site, come last and are seldom read.
 *
 * <p>The rest of a part is the smaller of two bounds on what its unread features can add: the sum
 * of each one's share times its largest weight in any memo, and (Cauchy-Schwarz, a memo's vector
 * being of unit length) the part's weight times the length of this memo's unread weights. The
 * first is tight for a few rare features, the second for many common ones.
 */
final class SearchOrder {
    private final int[] features;
    private final double[] shares;
    private final double[] rest;

    private SearchOrder(int[] features, double[] shares, double[] rest) {
        this.features = features;
        this.shares = shares;
        this.rest = rest;
    }

    static SearchOrder of(FeatureIndex index, int i) {
        Similarity s = index.similarity();
        int size = 0;
        for (int p = 0; p < Similarity.PARTS; p++) {
            size += s.part(i, p).size();
        }
        int[] feature = new int[size];
        double[] weight = new double[size];
        double[] share = new double[size];
        Integer[] order = new Integer[size];
        int at = 0;
        for (int p = 0; p < Similarity.PARTS; p++) {
            TermVector v = s.part(i, p);
            for (int k = 0; k < v.size(); k++, at++) {
                feature[at] = index.feature(p, v.id(k));
                weight[at] = v.weight(k);
                share[at] = s.partWeight(p) * v.weight(k);
                order[at] = at;
            }
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer x) -> index.memoCount(feature[x]) / share[x])
                .thenComparingInt(x -> feature[x]));
        int[] features = new int[size];
        double[] shares = new double[size];
        double[] rest = new double[size + 1];
        double[] byLargest = new double[Similarity.PARTS];
        double[] squares = new double[Similarity.PARTS];
        for (int r = size - 1; r >= 0; r--) {
            int x = order[r];
            features[r] = feature[x];
            shares[r] = share[x];
            int p = index.partOf(feature[x]);
            byLargest[p] += share[x] * index.largest(feature[x]);
            squares[p] += weight[x] * weight[x];
            for (int q = 0; q < Similarity.PARTS; q++) {
                rest[r] += Math.min(byLargest[q], s.partWeight(q) * Math.sqrt(squares[q]));
            }
        }
        return new SearchOrder(features, shares, rest);
    }

    int size() {
        return features.length;
    }

    /** The feature read at position {@code r}. */
    int feature(int r) {
        return features[r];
    }

    /** Its weight in this memo times its part's weight: a memo holding it with weight w gains share times w. */
    double share(int r) {
        return shares[r];
    }

    /** The most the features from position {@code r} on can add to any memo's score; 0 at the end. */
    double rest(int r) {
        return rest[r];
    }
}
