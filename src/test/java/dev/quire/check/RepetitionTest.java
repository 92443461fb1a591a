package dev.quire.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.content.Label;
import dev.quire.content.Memo;
import dev.quire.frontmatter.EditorialKeys;
import dev.quire.frontmatter.MemoRef;
import dev.quire.markdown.MemoBody;
import dev.quire.similar.Similarity;
import dev.quire.source.MemoSource;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The repetition check, {@code quire check --similar} and {@code quire new memo} search the
 * index for each memo's closest earlier memos; they must find what scoring every pair found,
 * ties (same score, same date) and {@code distinct_from} included.
 */
class RepetitionTest {
    private static final String[] WORDS = ("warmup adam decay schedule tokenizer attention sparse expert routing batch "
            + "dropout gradient noise variance estimator prior kernel margin loss calibration").split(" ");

    private static Memo memo(String slug, String date, String question, List<String> distinctFrom) {
        MemoSource source = new MemoSource("memos/" + slug + ".md", Path.of("memos/" + slug + ".md"), slug, null, List.of());
        List<MemoRef> refs = distinctFrom.stream().map(s -> new MemoRef(s, 0, s, 2, 1, "")).toList();
        return new Memo(source, slug, slug, OffsetDateTime.parse(date), Label.of("A"), List.of(), "", "", question, false,
                new MemoBody("<p>x</p>", "", 100, List.of(), List.of(), List.of(), "", false, false, false, false, List.of()), 1,
                List.of(), new EditorialKeys(List.of(), refs, 3, "question: " + question), "", List.of());
    }

    /** Questions of few words, many the same, dates shared by several memos, some pairs kept apart. */
    private static List<Memo> site() {
        Random random = new Random(11);
        List<Memo> memos = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            String question = i % 9 == 8 ? memos.get(i / 3).question() : words(random, 4);
            List<String> apart = i % 13 == 12 ? List.of("m" + (i / 2), "m" + (i - 1)) : List.of();
            memos.add(memo("m" + i, "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(3) + "T00:00Z", question, apart));
        }
        return memos;
    }

    @Test
    void warningsClosestPairsAndTheClosestToANewQuestionAreThoseOfEveryPair() {
        List<Memo> memos = site();
        List<Memo> sorted = memos.stream()
                .sorted(Comparator.comparing((Memo m) -> m.date().toInstant()).thenComparing(Memo::slug)).toList();
        Similarity s = Similarity.of(sorted.stream().map(Memo::similarityText).toList());
        Repetition repetition = Repetition.of(memos);

        List<String> expectedWarnings = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            Memo memo = sorted.get(i);
            List<Integer> earlier = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                boolean apart = names(memo, sorted.get(j)) || names(sorted.get(j), memo);
                if (!apart && s.score(i, j) > 0) {
                    earlier.add(j);
                }
            }
            int row = i;
            earlier.sort(Comparator.comparingDouble((Integer j) -> s.score(row, j)).reversed()
                    .thenComparing(j -> sorted.get(j).date().toInstant(), Comparator.reverseOrder())
                    .thenComparing(j -> sorted.get(j).slug()));
            if (!earlier.isEmpty() && Repetition.isRepeat(s.score(i, earlier.get(0)))) {
                expectedWarnings.add(memo.slug() + " repeats " + sorted.get(earlier.get(0)).slug());
            }
        }
        assertThat(expectedWarnings).hasSizeGreaterThan(5);
        assertThat(repetition.problems()).extracting(p -> p.file().replaceAll("memos/(.*)\\.md", "$1") + " repeats "
                + p.message().replaceAll(".*repeat of '([^']*)'.*", "$1")).isEqualTo(expectedWarnings);

        List<String> expectedPairs = new ArrayList<>();
        record Scored(int newer, int older, double score) {
        }
        List<Scored> all = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (s.score(i, j) > 0) {
                    all.add(new Scored(i, j, s.score(i, j)));
                }
            }
        }
        all.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(p -> sorted.get(p.newer()).slug()).thenComparing(p -> sorted.get(p.older()).slug()));
        all.stream().limit(40).forEach(p -> expectedPairs.add(sorted.get(p.newer()).slug() + " " + sorted.get(p.older()).slug() + " " + p.score()));
        assertThat(repetition.closestPairs(40)).extracting(p -> p.newer().slug() + " " + p.older().slug() + " " + p.score())
                .isEqualTo(expectedPairs);

        String question = sorted.get(40).question();
        List<MemoTextScore> expectedNew = new ArrayList<>();
        List<Memo> withNew = new ArrayList<>(sorted);
        Similarity t = Similarity.of(java.util.stream.Stream.concat(sorted.stream().map(Memo::similarityText),
                java.util.stream.Stream.of(dev.quire.similar.MemoText.question("", question))).toList());
        for (int j = 0; j < sorted.size(); j++) {
            if (t.score(sorted.size(), j) > 0) {
                expectedNew.add(new MemoTextScore(sorted.get(j), t.score(sorted.size(), j)));
            }
        }
        expectedNew.sort(Comparator.comparingDouble(MemoTextScore::score).reversed()
                .thenComparing((MemoTextScore m) -> m.memo().date().toInstant(), Comparator.reverseOrder())
                .thenComparing(m -> m.memo().slug()));
        assertThat(Repetition.of(withNew, question).closestToNew(3)).extracting(m -> m.earlier().slug() + " " + m.score())
                .isEqualTo(expectedNew.stream().limit(3).map(m -> m.memo().slug() + " " + m.score()).toList());
    }

    private record MemoTextScore(Memo memo, double score) {
    }

    private static boolean names(Memo a, Memo b) {
        return a.editorial().distinctFrom().stream().anyMatch(r -> r.slug().equals(b.slug()));
    }

    private static String words(Random random, int count) {
        StringBuilder b = new StringBuilder("why does the");
        for (int i = 0; i < count; i++) {
            b.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.toString();
    }
}
