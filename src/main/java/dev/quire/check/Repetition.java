package dev.quire.check;

import dev.quire.content.Memo;
import dev.quire.diag.Problem;
import dev.quire.frontmatter.MemoRef;
import dev.quire.similar.ClosestSearch;
import dev.quire.similar.MemoText;
import dev.quire.similar.Neighbours.Neighbour;
import dev.quire.similar.Similarity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * The repetition check: each memo is compared with the earlier memos ({@link Similarity}: its
 * question, title, description and first paragraph, abbreviations read as their long forms), and
 * a memo whose closest earlier memo scores at or above {@link #THRESHOLD} gets a warning naming
 * it. {@code distinct_from: [slug]} in either memo's front matter silences a pair.
 *
 * <p>Usage: {@code Repetition.of(site.memos()).problems()}.
 */
public final class Repetition {
    /**
     * Chosen on the tuning half of src/test/resources/repetition/ (RepetitionThresholdTest, which
     * asserts the figures it reaches on the held-out half).
     */
    public static final double THRESHOLD = 0.48;

    /**
     * Whether a score marks a repeat: at or above {@link #THRESHOLD} as printed, to two decimals,
     * so that a score shown as "0.48" is never let through beside a threshold shown as "0.48".
     */
    public static boolean isRepeat(double score) {
        return Math.round(score * 100) >= Math.round(THRESHOLD * 100);
    }

    /** An earlier memo, how alike it is, and the words of the question it shares. */
    public record Match(Memo earlier, double score, List<String> shared) {
    }

    /** Two memos of the site, how alike they are, and the words of the newer one's question the older shares. */
    public record Pair(Memo newer, Memo older, double score, List<String> shared) {
    }

    private final List<Memo> oldestFirst;
    private final Similarity similarity;

    private Repetition(List<Memo> oldestFirst, Similarity similarity) {
        this.oldestFirst = oldestFirst;
        this.similarity = similarity;
    }

    /** Every memo of the site, in any order; the weights come from all of them. */
    public static Repetition of(List<Memo> memos) {
        return of(memos, null);
    }

    /** As {@link #of(List)}, with a question not yet written ({@code quire new memo}), in the weights too. */
    public static Repetition of(List<Memo> memos, String newQuestion) {
        List<Memo> sorted = memos.stream()
                .sorted(Comparator.comparing((Memo m) -> m.date().toInstant()).thenComparing(Memo::slug)).toList();
        List<MemoText> texts = new ArrayList<>(sorted.stream().map(Memo::similarityText).toList());
        if (newQuestion != null) {
            texts.add(MemoText.question("", newQuestion));
        }
        return new Repetition(sorted, Similarity.of(texts));
    }

    /** A warning for each memo that looks like a repeat of an earlier one, oldest memo first. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        ClosestSearch search = new ClosestSearch(similarity);
        for (int i = 1; i < oldestFirst.size(); i++) {
            Memo memo = oldestFirst.get(i);
            int row = i;
            closest(search, i, 1, j -> j < row && !silenced(memo, oldestFirst.get(j))).stream()
                    .filter(m -> isRepeat(m.score()))
                    .findFirst()
                    .ifPresent(m -> problems.add(warning(memo, m)));
        }
        return problems;
    }

    /** The {@code k} memos closest to the question given to {@link #of(List, String)}, closest first. */
    public List<Match> closestToNew(int k) {
        return closest(new ClosestSearch(similarity), oldestFirst.size(), k, j -> true);
    }

    /** The {@code k} closest pairs of memos of the site, closest first. */
    public List<Pair> closestPairs(int k) {
        // the k closest pairs are among each memo's k closest earlier memos: a pair with k closer
        // pairs in its own row has at least k closer pairs in the site
        record Scored(int newer, int older, double score) {
        }
        Comparator<Neighbour> olderBySlug = Comparator.comparing(n -> oldestFirst.get(n.other()).slug());
        ClosestSearch search = new ClosestSearch(similarity);
        List<Scored> pairs = new ArrayList<>();
        for (int i = 1; i < oldestFirst.size(); i++) {
            int row = i;
            for (Neighbour n : search.closest(i, k, j -> j < row, olderBySlug)) {
                pairs.add(new Scored(i, n.other(), n.score()));
            }
        }
        pairs.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(p -> oldestFirst.get(p.newer()).slug()).thenComparing(p -> oldestFirst.get(p.older()).slug()));
        return pairs.stream().limit(k).map(p -> new Pair(oldestFirst.get(p.newer()), oldestFirst.get(p.older()), p.score(),
                similarity.sharedPhrases(p.newer(), p.older()))).toList();
    }

    /**
     * The {@code k} memos {@code candidate} accepts closest to memo {@code i}, closest first; on a
     * tie the newer memo, then by slug, so the order is stable.
     */
    private List<Match> closest(ClosestSearch search, int i, int k, IntPredicate candidate) {
        Comparator<Neighbour> newerFirst = Comparator
                .comparing((Neighbour n) -> oldestFirst.get(n.other()).date().toInstant(), Comparator.reverseOrder())
                .thenComparing(n -> oldestFirst.get(n.other()).slug());
        return search.closest(i, k, j -> j < oldestFirst.size() && candidate.test(j), newerFirst).stream()
                .map(n -> new Match(oldestFirst.get(n.other()), n.score(), similarity.sharedPhrases(i, n.other()))).toList();
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

    /** The shared words as {@code quire new memo} and {@code quire check --similar} print them: "learning rate, Adam". */
    public static String words(List<String> shared) {
        return shared.isEmpty() ? "" : "(" + String.join(", ", shared) + ")";
    }

    /** Formats a score the way warnings and {@code quire new memo} print it. */
    public static String format(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }
}
