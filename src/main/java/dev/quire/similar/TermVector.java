package dev.quire.similar;

import java.util.HashMap;
import java.util.Map;

/**
 * A unit-length vector of term weights, compared by cosine. Lucene scores queries against an
 * index, not documents against each other, which is why these few lines are written here.
 */
record TermVector(Map<String, Double> weights) {
    static final TermVector EMPTY = new TermVector(Map.of());

    /** {@code raw} scaled to unit length (empty stays empty). */
    static TermVector unit(Map<String, Double> raw) {
        double norm = 0;
        for (double w : raw.values()) {
            norm += w * w;
        }
        if (norm == 0) {
            return EMPTY;
        }
        double length = Math.sqrt(norm);
        Map<String, Double> out = new HashMap<>(raw.size() * 2);
        raw.forEach((t, w) -> out.put(t, w / length));
        return new TermVector(out);
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }

    /** 0 when no term is shared, 1 for the same terms in the same proportions. */
    double cosine(TermVector other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }
}
