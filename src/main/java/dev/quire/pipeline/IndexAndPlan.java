package dev.quire.pipeline;

import dev.quire.output.OutputPlan;
import dev.quire.search.SearchIndex;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The search index and the output plan, made at the same time. Both are made from the site model
 * and neither from the other, except that the plan lists the index's term chunks, whose number is
 * known once the index is built: so the plan is made on another core and waits, at its search
 * entries only, for the index this thread builds. After an edit in {@code serve} at 4,000 memos
 * each took 40–100 ms, one after the other, of a settling that took about 250 ms.
 *
 * <p>The index is built on the calling thread, whose parallel streams the pool's workers join
 * once the plan is made; the plan, made sequentially, takes one worker of the common pool (or,
 * where that pool has a single worker, as on two cores, a thread of its own, as
 * {@code CompletableFuture} does there). A failure of either is thrown as it was thrown, the
 * index's first.
 */
final class IndexAndPlan {
    record Made(SearchIndex index, OutputPlan plan) {
    }

    private IndexAndPlan() {
    }

    /**
     * @param index builds the index
     * @param plan makes the plan, given the index to wait for when it needs it
     */
    static Made make(Supplier<SearchIndex> index, Function<Supplier<SearchIndex>, OutputPlan> plan) {
        CompletableFuture<SearchIndex> built = new CompletableFuture<>();
        CompletableFuture<OutputPlan> planned = CompletableFuture.supplyAsync(() -> plan.apply(() -> joined(built)));
        SearchIndex search;
        try {
            search = index.get();
        } catch (RuntimeException | Error e) {
            built.completeExceptionally(e); // the plan, waiting for it, fails too; this failure is the one thrown
            throw e;
        }
        built.complete(search);
        return new Made(search, joined(planned));
    }

    /** The future's value; its failure thrown as the task threw it, not wrapped. */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
