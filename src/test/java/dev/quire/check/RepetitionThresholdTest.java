package dev.quire.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The repetition check's threshold against the labelled pairs of {@code repetition/pairs.tsv}:
 * paraphrases of one question ("same") and different questions on one topic ("different").
 * The precision and recall reached at {@link Repetition#THRESHOLD} are asserted, so a change to
 * the analysis or the weighting that loses either fails here. Run with
 * {@code -Dquire.sweep=true} to print both figures at every threshold.
 */
class RepetitionThresholdTest {
    private static final Path PAIRS = Path.of("src/test/resources/repetition/pairs.tsv");

    record Pair(boolean same, String a, String b) {
    }

    record Scored(Pair pair, double score) {
    }

    static List<Pair> pairs() throws IOException {
        List<Pair> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(PAIRS, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            pairs.add(new Pair(f[0].equals("same"), f[1], f[2]));
        }
        return pairs;
    }

    /** Every pair scored with the weights of the whole set, as a site weighs all its questions. */
    static List<Scored> scored() throws IOException {
        List<Pair> pairs = pairs();
        Set<String> corpus = new LinkedHashSet<>();
        pairs.forEach(p -> {
            corpus.add(p.a());
            corpus.add(p.b());
        });
        QuestionSimilarity similarity = QuestionSimilarity.of(List.copyOf(corpus));
        return pairs.stream().map(p -> new Scored(p, similarity.score(p.a(), p.b()))).toList();
    }

    record Figures(int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            return truePositives / (double) Math.max(1, truePositives + falsePositives);
        }

        double recall() {
            return truePositives / (double) Math.max(1, truePositives + falseNegatives);
        }
    }

    static Figures at(List<Scored> scored, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Scored s : scored) {
            boolean flagged = s.score() >= threshold;
            if (flagged && s.pair().same()) {
                tp++;
            } else if (flagged) {
                fp++;
            } else if (s.pair().same()) {
                fn++;
            }
        }
        return new Figures(tp, fp, fn);
    }

    @Test
    void theSetHoldsAtLeastThirtyPairsOfEachKind() throws IOException {
        List<Pair> pairs = pairs();
        assertThat(pairs.stream().filter(Pair::same).count()).isGreaterThanOrEqualTo(30);
        assertThat(pairs.stream().filter(p -> !p.same()).count()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void precisionAndRecallAtTheChosenThreshold() throws IOException {
        List<Scored> scored = scored();
        if (Boolean.getBoolean("quire.sweep")) {
            for (Scored s : scored) {
                System.out.printf("%.3f %s | %s | %s%n", s.score(), s.pair().same() ? "same" : "diff", s.pair().a(), s.pair().b());
            }
            for (int t = 10; t <= 60; t += 1) {
                Figures f = at(scored, t / 100.0);
                System.out.printf("threshold %.2f  precision %.3f  recall %.3f  (tp %d, fp %d, fn %d)%n",
                        t / 100.0, f.precision(), f.recall(), f.truePositives(), f.falsePositives(), f.falseNegatives());
            }
        }
        Figures figures = at(scored, Repetition.THRESHOLD);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(PRECISION);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(RECALL);
    }

    /** The figures reached, as reported in the README. */
    private static final double PRECISION = 0.82;
    private static final double RECALL = 0.80;
}
