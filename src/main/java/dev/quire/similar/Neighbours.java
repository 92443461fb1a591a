package dev.quire.similar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

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
        List<List<Neighbour>> all = new ArrayList<>(n);
        double[][] scores = new double[n][];
        for (int i = 0; i < n; i++) {
            scores[i] = new double[i];
            for (int j = 0; j < i; j++) {
                scores[i][j] = similarity.score(i, j);
            }
        }
        Comparator<Neighbour> closestFirst = Comparator.comparingDouble(Neighbour::score).reversed()
                .thenComparingInt(Neighbour::other);
        for (int i = 0; i < n; i++) {
            List<Neighbour> row = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (j == i || !candidate.test(j)) {
                    continue;
                }
                double s = j < i ? scores[i][j] : scores[j][i];
                if (s > 0) {
                    row.add(new Neighbour(j, s));
                }
            }
            row.sort(closestFirst);
            all.add(List.copyOf(row.subList(0, Math.min(k, row.size()))));
        }
        return all;
    }
}
