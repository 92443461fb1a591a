package dev.quire.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors over a small corpus of analysed questions, compared by cosine. Term frequency
 * is sublinear (1 + ln tf) so a repeated word does not dominate a short question; inverse
 * document frequency is smoothed, ln((1 + N) / (1 + df)) + 1, so a term every memo shares still
 * counts a little and an unseen term counts most. Lucene scores queries against an index, not
 * documents against each other, which is why these few lines are written here.
 */
final class TfIdf {
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;

    /** The corpus the weights come from: every question of the site. */
    TfIdf(List<List<String>> corpus) {
        for (List<String> terms : corpus) {
            for (String term : new HashSet<>(terms)) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
        }
        this.documents = corpus.size();
    }

    /** A unit-length weight vector for one analysed question. */
    Map<String, Double> vector(List<String> terms) {
        Map<String, Integer> counts = new HashMap<>();
        terms.forEach(t -> counts.merge(t, 1, Integer::sum));
        Map<String, Double> weights = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double idf = Math.log((1.0 + documents) / (1.0 + documentFrequency.getOrDefault(e.getKey(), 0))) + 1;
            double w = (1 + Math.log(e.getValue())) * idf;
            weights.put(e.getKey(), w);
            norm += w * w;
        }
        double length = Math.sqrt(norm);
        weights.replaceAll((t, w) -> w / length);
        return weights;
    }

    /** Cosine of two unit vectors: 0 when no term is shared, 1 for the same terms in the same proportions. */
    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            dot += e.getValue() * large.getOrDefault(e.getKey(), 0.0);
        }
        return dot;
    }
}
