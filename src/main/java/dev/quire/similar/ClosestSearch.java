package dev.quire.similar;

import dev.quire.similar.Neighbours.Neighbour;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Finds the memos closest to one memo by {@link Similarity#score} without scoring it against
 * every other memo, through the {@link FeatureIndex}. The memo's features are read one at a time
 * (see {@link SearchOrder}), adding each one's share of the score to every memo that holds it;
 * the memos with the largest sums are scored as they appear, which sets a bar: the k-th best
 * score so far. Once what the unread features could still add to any memo falls below that bar,
 * no memo not yet reached can be among the k closest, and one reached can be only if its sum plus
 * that rest reaches the bar. Reading on for the memos reached tightens their sums, which costs a
 * few nanoseconds a memo where scoring one costs a few hundred; then the memos that can still
 * reach the bar are scored, largest sum first.
 *
 * <p>Every score kept is {@link Similarity#score} to the bit, and only memos that provably score
 * below the k-th best are left unscored, so the lists are exactly those of comparing every pair.
 *
 * <p>One search works on one memo at a time and reuses its working memory (a few numbers per
 * memo and per term): make one per thread. Usage:
 * {@code new ClosestSearch(similarity).closest(i, 3, j -> true, Neighbours.BY_INDEX)}.
 */
public final class ClosestSearch {
    /**
     * What a sum may differ from {@link Similarity#score} by: it adds the same products in another
     * order, and scores are at most 1, so rounding stays near 1e-15.
     */
    private static final double SLACK = 1e-9;

    /**
     * How far below the bar the unread rest must fall before the memos reached are scored:
     * measured on generated sites of 1,000 to 10,000 memos, lower reads more for fewer scores.
     */
    private static final double TIGHTEN = 0.5;

    private static final Comparator<Neighbour> CLOSEST = Comparator.comparingDouble(Neighbour::score).reversed();

    private final FeatureIndex index;
    private final Similarity similarity;
    /** Each memo's sum so far: 0 until reached, -1 once {@code candidate} refused it. */
    private final double[] sums;
    private final int[] reached;
    private final boolean[] scored;
    /** Each part's weights of the memo searched for, by term id, for {@link TermVector#dot}. */
    private final double[][] dense;

    public ClosestSearch(Similarity similarity) {
        this.index = similarity.index();
        this.similarity = similarity;
        this.sums = new double[similarity.size()];
        this.reached = new int[similarity.size()];
        this.scored = new boolean[similarity.size()];
        this.dense = new double[Similarity.PARTS][similarity.termCount()];
    }

    /**
     * Up to {@code k} memos {@code candidate} accepts closest to memo {@code i}, closest first, equal
     * scores in the order {@code ties} gives; never memo {@code i} itself, none with a score of 0.
     */
    public List<Neighbour> closest(int i, int k, IntPredicate candidate, Comparator<Neighbour> ties) {
        if (k <= 0) {
            return List.of();
        }
        SearchOrder features = SearchOrder.of(index, i);
        for (int p = 0; p < Similarity.PARTS; p++) {
            similarity.part(i, p).writeInto(dense[p]);
        }
        Leaders leaders = new Leaders(k);
        Best best = new Best(k, CLOSEST.thenComparing(ties));
        int count = 0;
        int read = 0;
        for (; read < features.size() && !(best.full() && best.lowest() > features.rest(read) + SLACK); read++) {
            double share = features.share(read);
            for (int p = index.first(features.feature(read)), end = index.end(features.feature(read)); p < end; p++) {
                int j = index.memo(p);
                double sum = sums[j];
                if (sum < 0 || j == i) {
                    continue;
                }
                if (sum == 0) {
                    reached[count++] = j;
                    if (!candidate.test(j)) {
                        sums[j] = -1;
                        continue;
                    }
                }
                sum += share * index.weight(p);
                sums[j] = sum;
                leaders.offer(j, sum);
            }
            for (int x = 0; x < leaders.size(); x++) {
                score(leaders.memo(x), best);
            }
        }
        // no memo not reached can be among the k closest now: read on for those reached only
        for (; read < features.size() && best.full() && features.rest(read) > TIGHTEN * best.lowest(); read++) {
            double share = features.share(read);
            for (int p = index.first(features.feature(read)), end = index.end(features.feature(read)); p < end; p++) {
                int j = index.memo(p);
                double sum = sums[j];
                if (sum > 0) {
                    sums[j] = sum + share * index.weight(p);
                }
            }
        }
        double rest = features.rest(read);
        long[] open = new long[count];
        int opened = 0;
        for (int r = 0; r < count; r++) {
            int j = reached[r];
            if (sums[j] > 0 && !scored[j] && !(best.full() && sums[j] + rest < best.lowest() - SLACK)) {
                // roughly by sum (a positive double's high bits order like it), then by position
                open[opened++] = Double.doubleToLongBits(sums[j]) & 0xFFFFFFFF00000000L | r;
            }
        }
        // the largest sums first: their scores raise the bar, which rules the later ones out
        Arrays.sort(open, 0, opened);
        for (int o = opened - 1; o >= 0; o--) {
            int j = reached[(int) open[o]];
            if (!(best.full() && sums[j] + rest < best.lowest() - SLACK)) {
                score(j, best);
            }
        }
        for (int r = 0; r < count; r++) {
            sums[reached[r]] = 0;
            scored[reached[r]] = false;
        }
        for (int p = 0; p < Similarity.PARTS; p++) {
            similarity.part(i, p).eraseFrom(dense[p]);
        }
        return best.list();
    }

    /** Scores memo {@code j} against the memo searched for (its weights in {@link #dense}), once. */
    private void score(int j, Best best) {
        if (scored[j]) {
            return;
        }
        scored[j] = true;
        double s = similarity.blend(similarity.part(j, 0).dot(dense[0]), similarity.part(j, 1).dot(dense[1]),
                similarity.part(j, 2).dot(dense[2]));
        if (s > 0) {
            best.offer(new Neighbour(j, s));
        }
    }

    /** The k closest memos scored so far, in order. */
    private static final class Best {
        private final Neighbour[] best;
        private final Comparator<Neighbour> order;
        private int size;

        Best(int k, Comparator<Neighbour> order) {
            this.best = new Neighbour[k];
            this.order = order;
        }

        boolean full() {
            return size == best.length;
        }

        double lowest() {
            return best[size - 1].score();
        }

        void offer(Neighbour next) {
            if (size < best.length) {
                best[size++] = next;
            } else if (order.compare(next, best[size - 1]) < 0) {
                best[size - 1] = next;
            } else {
                return;
            }
            for (int at = size - 1; at > 0 && order.compare(best[at], best[at - 1]) < 0; at--) {
                Neighbour t = best[at];
                best[at] = best[at - 1];
                best[at - 1] = t;
            }
        }

        List<Neighbour> list() {
            return List.of(Arrays.copyOf(best, size));
        }
    }

    /** The k memos with the largest sums so far, the likeliest to be the closest: worth scoring early. */
    private static final class Leaders {
        private final int[] memos;
        private final double[] sums;
        private int size;
        private int lowestAt;

        Leaders(int k) {
            memos = new int[k];
            sums = new double[k];
        }

        int size() {
            return size;
        }

        int memo(int x) {
            return memos[x];
        }

        void offer(int memo, double sum) {
            if (size == memos.length && sum <= sums[lowestAt]) {
                return; // sums only grow: a leader's new sum is above the lowest, so it is never lost here
            }
            for (int x = 0; x < size; x++) {
                if (memos[x] == memo) {
                    sums[x] = sum;
                    findLowest();
                    return;
                }
            }
            if (size < memos.length) {
                memos[size] = memo;
                sums[size++] = sum;
            } else {
                memos[lowestAt] = memo;
                sums[lowestAt] = sum;
            }
            findLowest();
        }

        private void findLowest() {
            lowestAt = 0;
            for (int x = 1; x < size; x++) {
                if (sums[x] < sums[lowestAt]) {
                    lowestAt = x;
                }
            }
        }
    }
}
