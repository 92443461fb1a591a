package dev.quire.similar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How alike the memos of one site are, from 0 (no content word shared) to 1. Two TF-IDF cosines
 * over Lucene's English analysis ({@link TextAnalysis}), with every abbreviation the site defines
 * read as its long form ({@link Expansions}): one of the questions alone, one of each memo's
 * question, title, description and first paragraph together; the score is a blend of the two.
 * The weights come from the memos given, normally every memo of the site.
 *
 * <p>Usage: {@code Similarity s = Similarity.of(texts); s.score(i, j); s.sharedPhrases(i, j);}
 */
public final class Similarity {
    /**
     * How the fields and the two cosines are weighed: each field's vector is scaled to unit length,
     * then weighed; {@code blend} is the share of the all-fields cosine in the score.
     */
    record Weights(double title, double description, double lead, double blend, double chars) {
    }

    /** Chosen on the tuning half of the labelled pairs (RepetitionThresholdTest). */
    static final Weights CHOSEN = new Weights(0.5, 0.5, 0.35, 0.5, 0.2);

    /** What may stand between two shared words of one phrase: a space or hyphen, or one (stop) word. */
    private static final Pattern PHRASE_GAP = Pattern.compile("[\\s\\-–]*(\\p{L}+[\\s\\-–]+)?");

    private final List<MemoText> memos;
    private final Expansions expansions;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<List<TextAnalysis.Token>> questionTokens = new ArrayList<>();
    private final TermVector[] questions;
    private final TermVector[] wholes;
    private final TermVector[] grams;
    private final Weights weights;
    private volatile FeatureIndex index;

    private Similarity(List<MemoText> memos, Weights weights) {
        this.memos = List.copyOf(memos);
        this.weights = weights;
        // Each memo's analysis (Lucene, abbreviations, character grams) is its own and runs in
        // parallel: it was most of the related memos' stage. What is shared (document
        // frequencies, term ids) is then gathered in the memos' order, so ids and sums, and with
        // them every score, are the same whatever the threads did.
        List<List<Abbreviation>> definitions = this.memos.parallelStream()
                .map(m -> List.of(Abbreviations.in(m.question() + " . " + m.title() + " . " + m.description() + " . " + m.lead()),
                        m.bodyAbbreviations()))
                .flatMap(List::stream).toList();
        this.expansions = Expansions.of(definitions);
        List<Analysed> analysed = this.memos.parallelStream().map(m -> Analysed.of(m, expansions)).toList();
        List<List<List<String>>> fields = new ArrayList<>();
        List<Map<String, Integer>> gramCounts = new ArrayList<>();
        Map<String, Integer> gramDf = new HashMap<>();
        for (Analysed a : analysed) {
            questionTokens.add(a.question());
            fields.add(a.fields());
            Set<String> seen = new HashSet<>();
            a.fields().forEach(seen::addAll);
            seen.forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            gramCounts.add(a.grams());
            a.grams().keySet().forEach(g -> gramDf.merge(g, 1, Integer::sum));
        }
        questions = new TermVector[memos.size()];
        wholes = new TermVector[memos.size()];
        grams = new TermVector[memos.size()];
        for (int i = 0; i < fields.size(); i++) {
            Map<Integer, Double> raw = new HashMap<>();
            int n = memos.size();
            gramCounts.get(i).forEach((g, c) -> raw.put(id("#" + g), (1 + Math.log(c)) * (Math.log((1.0 + n) / (1.0 + gramDf.get(g))) + 1)));
            grams[i] = TermVector.unit(raw);
        }
        for (int i = 0; i < fields.size(); i++) {
            List<List<String>> f = fields.get(i);
            questions[i] = TermVector.unit(tfIdf(f.get(0)));
            Map<Integer, Double> whole = new HashMap<>();
            questions[i].addTo(whole, 1);
            TermVector.unit(tfIdf(f.get(1))).addTo(whole, weights.title());
            TermVector.unit(tfIdf(f.get(2))).addTo(whole, weights.description());
            TermVector.unit(tfIdf(f.get(3))).addTo(whole, weights.lead());
            wholes[i] = TermVector.unit(whole);
        }
    }

    /** One memo's analysis: its question's tokens; the terms of question, title, description and lead; the question's character grams. */
    private record Analysed(List<TextAnalysis.Token> question, List<List<String>> fields, Map<String, Integer> grams) {
        static Analysed of(MemoText m, Expansions expansions) {
            List<TextAnalysis.Token> question = expansions.expand(TextAnalysis.tokens(m.question()));
            List<List<String>> fields = List.of(terms(question), terms(expansions.expand(TextAnalysis.tokens(m.title()))),
                    terms(expansions.expand(TextAnalysis.tokens(m.description()))),
                    terms(expansions.expand(TextAnalysis.tokens(m.lead()))));
            Map<String, Integer> grams = new HashMap<>();
            for (String term : fields.get(0)) {
                String w = "^" + term + "$";
                for (int k = 0; k + 4 <= w.length(); k++) {
                    grams.merge(w.substring(k, k + 4), 1, Integer::sum);
                }
            }
            return new Analysed(question, fields, grams);
        }
    }

    public static Similarity of(List<MemoText> memos) {
        return new Similarity(memos, CHOSEN);
    }

    static Similarity of(List<MemoText> memos, Weights weights) {
        return new Similarity(memos, weights);
    }

    /** {@code text} with every abbreviation the site defines written out in its long form. */
    String expanded(String text) {
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (TextAnalysis.Token t : TextAnalysis.tokens(text)) {
            String longForm = expansions.writtenLongForm(t.term());
            if (longForm != null) {
                out.append(text, last, t.start()).append(longForm);
                last = t.end();
            }
        }
        return out.append(text.substring(last)).toString();
    }

    public int size() {
        return memos.size();
    }

    public MemoText memo(int i) {
        return memos.get(i);
    }

    /** How alike memos {@code i} and {@code j} are, 0 to 1; symmetric. */
    public double score(int i, int j) {
        return blend(questions[i].cosine(questions[j]), wholes[i].cosine(wholes[j]), grams[i].cosine(grams[j]));
    }

    /** The score from the cosines of the three {@link #part}s: one formula, whichever way they were taken. */
    double blend(double questions, double wholes, double grams) {
        double lexical = (1 - weights.blend()) * questions + weights.blend() * wholes;
        return (1 - weights.chars()) * lexical + weights.chars() * grams;
    }

    /** How many vectors each memo has: {@link #part}. */
    static final int PARTS = 3;

    /**
     * Memo {@code i}'s question, its fields together, and its character n-grams: {@link #score} is
     * the sum over these parts of {@link #partWeight} times the dot product of the two memos'
     * vectors, which is what lets {@link FeatureIndex} bound a score from the terms two memos share.
     */
    TermVector part(int i, int part) {
        return switch (part) {
            case 0 -> questions[i];
            case 1 -> wholes[i];
            default -> grams[i];
        };
    }

    double partWeight(int part) {
        return switch (part) {
            case 0 -> (1 - weights.chars()) * (1 - weights.blend());
            case 1 -> (1 - weights.chars()) * weights.blend();
            default -> weights.chars();
        };
    }

    /** How many distinct terms and n-grams the memos hold: every id of a {@link #part} is below it. */
    int termCount() {
        return ids.size();
    }

    /** The memos each term occurs in, built on first use and then shared by every {@link ClosestSearch}. */
    FeatureIndex index() {
        FeatureIndex i = index;
        if (i == null) {
            synchronized (this) {
                if (index == null) {
                    index = new FeatureIndex(this);
                }
                i = index;
            }
        }
        return i;
    }

    /**
     * The words of memo {@code i}'s question that memo {@code j} shares (an abbreviation counts
     * as its long form), runs of neighbouring words as one phrase: what {@code quire new memo}
     * shows beside a close memo.
     */
    public List<String> sharedPhrases(int i, int j) {
        TermVector other = wholes[j];
        String question = memos.get(i).question();
        // a written word is shared when any of its terms is (an abbreviation has its long form's terms)
        Map<Integer, Integer> wordEnds = new TreeMap<>();
        Map<Integer, Boolean> shared = new HashMap<>();
        for (TextAnalysis.Token t : questionTokens.get(i)) {
            wordEnds.put(t.start(), t.end());
            Integer id = ids.get(t.term());
            shared.merge(t.start(), id != null && other.contains(id), Boolean::logicalOr);
        }
        Set<String> phrases = new LinkedHashSet<>();
        int start = -1;
        int end = -1;
        for (Map.Entry<Integer, Integer> word : wordEnds.entrySet()) {
            boolean isShared = shared.get(word.getKey());
            if (isShared && start >= 0 && PHRASE_GAP.matcher(question.substring(end, word.getKey())).matches()) {
                end = word.getValue();
                continue;
            }
            if (start >= 0) {
                phrases.add(question.substring(start, end));
                start = -1;
            }
            if (isShared) {
                start = word.getKey();
                end = word.getValue();
            }
        }
        if (start >= 0) {
            phrases.add(question.substring(start, end));
        }
        return List.copyOf(phrases);
    }

    private static List<String> terms(List<TextAnalysis.Token> tokens) {
        return tokens.stream().map(TextAnalysis.Token::term).toList();
    }

    /** The id of a term (a word's term, or "#" and a character n-gram), given on first sight. */
    private int id(String term) {
        return ids.computeIfAbsent(term, t -> ids.size());
    }

    /**
     * Term frequency is sublinear (1 + ln tf) so a repeated word does not dominate a short text;
     * inverse document frequency is smoothed, ln((1 + N) / (1 + df)) + 1, so a term every memo
     * shares still counts a little.
     */
    private Map<Integer, Double> tfIdf(List<String> terms) {
        Map<String, Integer> counts = new HashMap<>();
        terms.forEach(t -> counts.merge(t, 1, Integer::sum));
        Map<Integer, Double> out = new HashMap<>();
        int n = memos.size();
        counts.forEach((t, c) -> out.put(id(t), (1 + Math.log(c)) * (Math.log((1.0 + n) / (1.0 + documentFrequency.getOrDefault(t, 0))) + 1)));
        return out;
    }
}
