package dev.quire.check;

import dev.quire.content.Memo;
import dev.quire.diag.Problem;
import dev.quire.frontmatter.MemoRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The repetition check: each memo's question (or, lacking one, its title and description) is
 * compared with every earlier memo's, and a memo whose closest earlier question scores at or
 * above {@link #THRESHOLD} gets a warning naming it. {@code distinct_from: [slug]} in either
 * memo's front matter silences a pair.
 *
 * <p>Usage: {@code Repetition.of(site.memos()).problems()}.
 */
public final class Repetition {
    /**
     * Chosen on the labelled pairs of src/test/resources/repetition/pairs.tsv, where it gives the
     * best balance of the two: precision 0.82 and recall 0.80 (RepetitionThresholdTest).
     */
    public static final double THRESHOLD = 0.40;

    /** {@code memo} and an earlier memo, with how alike their questions are. */
    public record Match(Memo earlier, double score) {
    }

    private final List<Memo> oldestFirst;
    private final QuestionSimilarity similarity;

    private Repetition(List<Memo> oldestFirst, QuestionSimilarity similarity) {
        this.oldestFirst = oldestFirst;
        this.similarity = similarity;
    }

    /** Every memo of the site, in any order; the weights come from all their questions. */
    public static Repetition of(List<Memo> memos) {
        return of(memos, List.of());
    }

    /** As {@link #of(List)}, with further texts (a question not yet written) in the weights. */
    public static Repetition of(List<Memo> memos, List<String> moreTexts) {
        List<Memo> sorted = memos.stream()
                .sorted(Comparator.comparing((Memo m) -> m.date().toInstant()).thenComparing(Memo::slug)).toList();
        List<String> corpus = new ArrayList<>(sorted.stream().map(Memo::questionText).toList());
        corpus.addAll(moreTexts);
        return new Repetition(sorted, QuestionSimilarity.of(corpus));
    }

    /** A warning for each memo that looks like a repeat of an earlier one, oldest memo first. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        for (int i = 1; i < oldestFirst.size(); i++) {
            Memo memo = oldestFirst.get(i);
            List<Memo> earlier = oldestFirst.subList(0, i).stream().filter(e -> !silenced(memo, e)).toList();
            closest(memo.questionText(), earlier, 1).stream()
                    .filter(m -> m.score() >= THRESHOLD)
                    .findFirst()
                    .ifPresent(m -> problems.add(warning(memo, m)));
        }
        return problems;
    }

    /** The {@code k} memos whose questions are closest to {@code question}, closest first. */
    public List<Match> closest(String question, int k) {
        return closest(question, oldestFirst, k);
    }

    private List<Match> closest(String question, List<Memo> candidates, int k) {
        return candidates.stream()
                .map(m -> new Match(m, similarity.score(question, m.questionText())))
                .filter(m -> m.score() > 0)
                // closest first; on a tie the newer memo, then by slug, so the order is stable
                .sorted(Comparator.comparingDouble(Match::score).reversed()
                        .thenComparing((Match m) -> m.earlier().date().toInstant(), Comparator.reverseOrder())
                        .thenComparing(m -> m.earlier().slug()))
                .limit(k)
                .toList();
    }

    private static boolean silenced(Memo a, Memo b) {
        return names(a.editorial().distinctFrom(), b) || names(b.editorial().distinctFrom(), a);
    }

    private static boolean names(List<MemoRef> refs, Memo memo) {
        return refs.stream().anyMatch(r -> r.slug().equals(memo.slug()));
    }

    private static Problem warning(Memo memo, Match match) {
        Memo earlier = match.earlier();
        return Problem.warning(memo.source().relativePath(), memo.editorial().questionLine(), 1,
                "this memo's question looks like a repeat of '" + earlier.slug() + "' (similarity "
                        + format(match.score()) + ")",
                "the earlier memo (" + earlier.source().relativePath() + ") asks: " + earlier.questionText()
                        + " If the questions differ, add 'distinct_from: [" + earlier.slug() + "]' to the front matter",
                memo.editorial().questionSourceLine());
    }

    /** Formats a score the way warnings and {@code quire new memo} print it. */
    public static String format(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }
}
