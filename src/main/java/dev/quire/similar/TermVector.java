package dev.quire.similar;

import java.util.Arrays;
import java.util.Map;

/**
 * A unit-length vector of term weights, compared by cosine: term ids in ascending order and their
 * weights, so that a comparison is one merge of two short arrays (the related memos compare every
 * pair of memos). Lucene scores queries against an index, not documents against each other,
 * which is why these few lines are written here.
 */
final class TermVector {
    static final TermVector EMPTY = new TermVector(new int[0], new double[0]);

    private final int[] ids;
    private final double[] weights;

    private TermVector(int[] ids, double[] weights) {
        this.ids = ids;
        this.weights = weights;
    }

    /** {@code raw} (weights by term id) scaled to unit length; empty stays empty. */
    static TermVector unit(Map<Integer, Double> raw) {
        double norm = 0;
        for (double w : raw.values()) {
            norm += w * w;
        }
        if (norm == 0) {
            return EMPTY;
        }
        double length = Math.sqrt(norm);
        int[] ids = raw.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        double[] weights = new double[ids.length];
        for (int k = 0; k < ids.length; k++) {
            weights[k] = raw.get(ids[k]) / length;
        }
        return new TermVector(ids, weights);
    }

    /** How many terms have a weight here. */
    int size() {
        return ids.length;
    }

    /** The id of the {@code k}-th term, in ascending order of ids. */
    int id(int k) {
        return ids[k];
    }

    /** The weight of the {@code k}-th term. */
    double weight(int k) {
        return weights[k];
    }

    boolean contains(int id) {
        return Arrays.binarySearch(ids, id) >= 0;
    }

    /** Adds this vector times {@code scale} into {@code into}. */
    void addTo(Map<Integer, Double> into, double scale) {
        for (int k = 0; k < ids.length; k++) {
            into.merge(ids[k], weights[k] * scale, Double::sum);
        }
    }

    /**
     * The same as {@link #cosine} with the vector whose weights {@code dense} holds by term id (0
     * for a term it lacks), to the bit: the products are the same (multiplication commutes), added
     * in the same order of ids, and a lacking term adds +0.0, which changes no sum of products that
     * are never negative. One memo compared with many reads its weights from an array instead of
     * merging two lists each time.
     */
    double dot(double[] dense) {
        double dot = 0;
        for (int k = 0; k < ids.length; k++) {
            dot += dense[ids[k]] * weights[k];
        }
        return dot;
    }

    /** Writes this vector's weights into {@code dense} by term id, for {@link #dot}. */
    void writeInto(double[] dense) {
        for (int k = 0; k < ids.length; k++) {
            dense[ids[k]] = weights[k];
        }
    }

    /** Sets the weights {@link #writeInto} wrote back to 0. */
    void eraseFrom(double[] dense) {
        for (int id : ids) {
            dense[id] = 0;
        }
    }

    /** 0 when no term is shared, 1 for the same terms in the same proportions. */
    double cosine(TermVector other) {
        int[] a = ids;
        int[] b = other.ids;
        int i = 0;
        int j = 0;
        double dot = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                dot += weights[i++] * other.weights[j++];
            }
        }
        return dot;
    }
}
