package dev.quire.similar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.similar.Neighbours.Neighbour;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The search through the index must give exactly what scoring every pair gives: the same memos,
 * the same scores to the bit, in the same order, ties included.
 */
class ClosestSearchTest {
    /** Every pair scored, sorted, the first k kept: what the related memos were before the index. */
    private static List<Neighbour> everyPair(Similarity s, int i, int k, IntPredicate candidate, Comparator<Neighbour> ties) {
        List<Neighbour> row = new ArrayList<>();
        for (int j = 0; j < s.size(); j++) {
            double score = j < i ? s.score(i, j) : s.score(j, i);
            if (j != i && candidate.test(j) && score > 0) {
                row.add(new Neighbour(j, score));
            }
        }
        row.sort(Comparator.comparingDouble(Neighbour::score).reversed().thenComparing(ties));
        return row.subList(0, Math.min(k, row.size()));
    }

    private static void assertSameAsEveryPair(Similarity s) {
        ClosestSearch search = new ClosestSearch(s);
        for (int k : new int[] {1, 3, 10}) {
            for (int i = 0; i < s.size(); i++) {
                assertThat(search.closest(i, k, j -> true, Neighbours.BY_INDEX))
                        .as("memo %d, k %d", i, k).isEqualTo(everyPair(s, i, k, j -> true, Neighbours.BY_INDEX));
                int row = i;
                IntPredicate earlierOnly = j -> j < row;
                Comparator<Neighbour> laterFirst = Comparator.comparingInt(Neighbour::other).reversed();
                assertThat(search.closest(i, k, earlierOnly, laterFirst))
                        .as("memo %d, k %d, earlier memos only", i, k).isEqualTo(everyPair(s, i, k, earlierOnly, laterFirst));
            }
        }
        assertThat(Neighbours.of(s, 3, j -> j % 5 != 0)).isEqualTo(
                java.util.stream.IntStream.range(0, s.size()).mapToObj(i -> everyPair(s, i, 3, j -> j % 5 != 0, Neighbours.BY_INDEX)).toList());
    }

    @Test
    void theLabelledQuestionsAsOneSite() throws IOException {
        List<MemoText> memos = Stream.concat(LabelledPairs.read("tuning.tsv").memos().stream(),
                LabelledPairs.read("heldout.tsv").memos().stream()).toList();
        assertSameAsEveryPair(Similarity.of(memos));
    }

    /**
     * A site written from a few dozen words, as the benchmark's generated sites are: every term is
     * common, many memos say the same, and the search has to read far before it can stop.
     */
    @Test
    void aSiteOfFewWordsWithRepeatsAndTies() {
        Random random = new Random(7);
        String[] words = ("warmup adam decay schedule tokenizer attention sparse expert routing batch norm dropout gradient "
                + "noise variance bias estimator prior posterior kernel margin loss calibration drift horizon").split(" ");
        List<MemoText> memos = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            if (i % 37 == 36) {
                memos.add(memos.get(i / 2)); // the same text twice: equal scores, ties decided by index
                continue;
            }
            memos.add(new MemoText("m" + i, "why does the " + pick(random, words, 3) + " hold", pick(random, words, 4),
                    pick(random, words, 6), pick(random, words, 25), List.of()));
        }
        assertSameAsEveryPair(Similarity.of(memos));
    }

    @Test
    void aDotWithAnArrayOfWeightsIsTheCosineToTheBit() throws IOException {
        Similarity s = Similarity.of(LabelledPairs.read("tuning.tsv").memos());
        double[] dense = new double[s.termCount()];
        for (int p = 0; p < Similarity.PARTS; p++) {
            for (int i = 0; i < s.size(); i++) {
                s.part(i, p).writeInto(dense);
                for (int j = 0; j < s.size(); j++) {
                    assertThat(s.part(j, p).dot(dense)).isEqualTo(s.part(i, p).cosine(s.part(j, p)));
                }
                s.part(i, p).eraseFrom(dense);
            }
        }
    }

    private static String pick(Random random, String[] words, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        return b.toString();
    }
}
