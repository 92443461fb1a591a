package dev.quire.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One document's weighted term counts (title words three times, themes twice) and its file. */
record AnalyzedDocument(String[] terms, int[] counts, int length, byte[] file) {
    static AnalyzedDocument of(SearchDocument doc, KeptAnalysis kept) {
        List<TermCount> fields = kept.fieldTerms(doc, () -> fieldTerms(doc));
        List<TermCount> text = doc.textTerms();
        // both lists are sorted by term: merged in one pass
        String[] terms = new String[fields.size() + text.size()];
        int[] counts = new int[terms.length];
        int n = 0;
        int sum = 0;
        for (int f = 0, t = 0; f < fields.size() || t < text.size(); n++) {
            int order = f == fields.size() ? 1 : t == text.size() ? -1 : fields.get(f).term().compareTo(text.get(t).term());
            TermCount from = order <= 0 ? fields.get(f++) : text.get(t++);
            terms[n] = from.term();
            counts[n] = from.count() + (order == 0 ? text.get(t++).count() : 0);
            sum += counts[n];
        }
        return new AnalyzedDocument(Arrays.copyOf(terms, n), Arrays.copyOf(counts, n), Math.max(1, sum),
                kept.file(doc, () -> SearchIndex.document(doc)));
    }

    int count(String term) {
        int at = Arrays.binarySearch(terms, term);
        return at >= 0 ? counts[at] : 0;
    }

    /** The terms of the title (three times), keywords (twice) and description, sorted by term. */
    static List<TermCount> fieldTerms(SearchDocument doc) {
        Map<String, Integer> tf = new TreeMap<>();
        count(tf, doc.title(), 3);
        count(tf, doc.keywords(), 2);
        count(tf, doc.description(), 1);
        List<TermCount> out = new ArrayList<>(tf.size());
        tf.forEach((term, count) -> out.add(new TermCount(term, count)));
        return out;
    }

    private static void count(Map<String, Integer> tf, String text, int weight) {
        for (String term : SearchAnalyzer.terms(text)) {
            tf.merge(term, weight, Integer::sum);
        }
    }
}
