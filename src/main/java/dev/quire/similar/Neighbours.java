package dev.quire.similar;

import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * For each memo, the memos most alike it, closest first: the related memos of its page. Ties go
 * to the lower index, so the result depends only on the order the memos are given in.
 */
public final class Neighbours {
    /** Memo {@code other} and how alike it is to the memo whose neighbour it is. */
    public record Neighbour(int other, double score) {
    }

    /** Equal scores in the order the memos were given in. */
    public static final Comparator<Neighbour> BY_INDEX = Comparator.comparingInt(Neighbour::other);

    /** Memos per task of the parallel search: enough that a task's working memory is reused. */
    private static final int ROWS_PER_TASK = 64;

    private Neighbours() {
    }

    /**
     * Up to {@code k} neighbours of each memo among those {@code candidate} accepts, never the
     * memo itself, none with a score of 0 (nothing shared).
     */
    public static List<List<Neighbour>> of(Similarity similarity, int k, IntPredicate candidate) {
        int n = similarity.size();
        boolean[] accepted = new boolean[n];
        for (int j = 0; j < n; j++) {
            accepted[j] = candidate.test(j);
        }
        @SuppressWarnings("unchecked")
        List<Neighbour>[] rows = new List[n];
        // tasks of consecutive memos in parallel, each with one search: its working memory is a
        // number per memo, too much to allocate for every memo of a large site
        IntStream.range(0, (n + ROWS_PER_TASK - 1) / ROWS_PER_TASK).parallel().forEach(task -> {
            ClosestSearch search = new ClosestSearch(similarity);
            for (int i = task * ROWS_PER_TASK; i < Math.min(n, (task + 1) * ROWS_PER_TASK); i++) {
                rows[i] = search.closest(i, k, j -> accepted[j], BY_INDEX);
            }
        });
        return List.of(rows);
    }
}
