package dev.quire.similar;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * For each memo, the memos most alike it, closest first: the related memos of its page, and the
 * closest pairs {@code quire check --similar} prints. Ties go to the lower index, so the result
 * depends only on the order the memos are given in.
 */
public final class Neighbours {
    /** Memo {@code other} and how alike it is to the memo whose neighbour it is. */
    public record Neighbour(int other, double score) {
    }

    private Neighbours() {
    }

    /**
     * Up to {@code k} neighbours of each memo among those {@code candidate} accepts, never the
     * memo itself, none with a score of 0 (nothing shared).
     */
    public static List<List<Neighbour>> of(Similarity similarity, int k, IntPredicate candidate) {
        int n = similarity.size();
        if (k <= 0) {
            return IntStream.range(0, n).mapToObj(i -> List.<Neighbour>of()).toList();
        }
        // each row on its own, in parallel, keeping only its k best: no n-by-n table of scores
        // (400 MB at 10,000 memos) and no sort of whole rows; a pair's score is taken with the
        // later memo first, as a table of the lower triangle would hold it
        return IntStream.range(0, n).parallel().mapToObj(i -> {
            Neighbour[] best = new Neighbour[k];
            int size = 0;
            for (int j = 0; j < n; j++) {
                if (j == i || !candidate.test(j)) {
                    continue;
                }
                double s = j < i ? similarity.score(i, j) : similarity.score(j, i);
                if (s <= 0) {
                    continue;
                }
                Neighbour next = new Neighbour(j, s);
                if (size < k) {
                    best[size++] = next;
                } else if (CLOSEST_FIRST.compare(next, best[k - 1]) < 0) {
                    best[k - 1] = next;
                } else {
                    continue;
                }
                for (int at = size - 1; at > 0 && CLOSEST_FIRST.compare(best[at], best[at - 1]) < 0; at--) {
                    Neighbour t = best[at];
                    best[at] = best[at - 1];
                    best[at - 1] = t;
                }
            }
            return List.of(Arrays.copyOf(best, size));
        }).toList();
    }

    private static final Comparator<Neighbour> CLOSEST_FIRST = Comparator.comparingDouble(Neighbour::score).reversed()
            .thenComparingInt(Neighbour::other);
}
