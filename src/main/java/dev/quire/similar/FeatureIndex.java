package dev.quire.similar;

/**
 * For each feature (a term of a memo's question, a term of its fields together, or a character
 * n-gram: one per {@link Similarity#part} and id), the memos that hold it, with its weight in each,
 * and the largest of those weights. Two memos score above 0 only when they share a feature, and
 * the largest weights bound what the features not yet looked at can add to a score: this is what
 * lets {@link ClosestSearch} find a memo's closest memos without scoring every pair.
 *
 * <p>Lucene's index answers queries with its own scoring, not {@link Similarity#score}, and the
 * lists must reproduce that score's top memos exactly; these are three flat arrays.
 */
final class FeatureIndex {
    private final Similarity similarity;
    private final int terms;
    /** The postings of feature f are at [start[f], start[f + 1]), memos in ascending order. */
    private final int[] start;
    private final int[] memos;
    private final double[] weights;
    private final double[] largest;

    FeatureIndex(Similarity similarity) {
        this.similarity = similarity;
        this.terms = similarity.termCount();
        int n = similarity.size();
        int features = Similarity.PARTS * terms;
        start = new int[features + 1];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < Similarity.PARTS; p++) {
                TermVector v = similarity.part(i, p);
                for (int k = 0; k < v.size(); k++) {
                    start[feature(p, v.id(k)) + 1]++;
                }
            }
        }
        for (int f = 0; f < features; f++) {
            start[f + 1] += start[f];
        }
        memos = new int[start[features]];
        weights = new double[start[features]];
        largest = new double[features];
        int[] next = new int[features];
        System.arraycopy(start, 0, next, 0, features);
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < Similarity.PARTS; p++) {
                TermVector v = similarity.part(i, p);
                for (int k = 0; k < v.size(); k++) {
                    int f = feature(p, v.id(k));
                    memos[next[f]] = i;
                    weights[next[f]++] = v.weight(k);
                    largest[f] = Math.max(largest[f], v.weight(k));
                }
            }
        }
    }

    Similarity similarity() {
        return similarity;
    }

    /** The feature of term {@code id} in part {@code part}. */
    int feature(int part, int id) {
        return part * terms + id;
    }

    /** The part of the similarity feature {@code f} belongs to. */
    int partOf(int f) {
        return f / terms;
    }

    /** How many memos hold feature {@code f}: the work of reading its postings. */
    int memoCount(int f) {
        return start[f + 1] - start[f];
    }

    /** The postings of feature {@code f} are those from {@link #first} to before {@code end}. */
    int end(int f) {
        return start[f + 1];
    }

    /** The largest weight feature {@code f} has in any memo. */
    double largest(int f) {
        return largest[f];
    }

    /** The first posting of feature {@code f}: {@link #memo} and {@link #weight} read them. */
    int first(int f) {
        return start[f];
    }

    int memo(int posting) {
        return memos[posting];
    }

    double weight(int posting) {
        return weights[posting];
    }
}
