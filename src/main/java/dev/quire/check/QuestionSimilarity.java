package dev.quire.check;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How alike two questions are, from 0 (no content word shared) to 1, as the TF-IDF cosine of
 * their analysed terms. The weights come from the corpus given, normally every memo's question.
 *
 * <p>Usage: {@code QuestionSimilarity.of(questions).score(a, b)}.
 */
public final class QuestionSimilarity {
    private final QuestionTerms terms;
    private final TfIdf weights;
    private final Map<String, Map<String, Double>> vectors = new ConcurrentHashMap<>();

    private QuestionSimilarity(QuestionTerms terms, TfIdf weights) {
        this.terms = terms;
        this.weights = weights;
    }

    public static QuestionSimilarity of(List<String> corpus) {
        QuestionTerms terms = new QuestionTerms();
        return new QuestionSimilarity(terms, new TfIdf(corpus.stream().map(terms::of).toList()));
    }

    public double score(String a, String b) {
        return TfIdf.cosine(vector(a), vector(b));
    }

    private Map<String, Double> vector(String text) {
        return vectors.computeIfAbsent(text, t -> weights.vector(terms.of(t)));
    }
}
