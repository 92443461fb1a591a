package dev.quire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.output.OutputPlan;
import dev.quire.search.SearchDocument;
import dev.quire.search.SearchIndex;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The search index and the output plan made at the same time: the plan gets the index, and a failure of either is thrown as it was. */
@Timeout(30)
class IndexAndPlanTest {
    private static final List<SearchDocument> DOCS = List.of(
            new SearchDocument("/memos/warmup/", "Why warmup stabilizes Adam", "2026-03-09", "March 9, 2026", "", "",
                    "Early Adam steps use noisy second-moment estimates."),
            new SearchDocument("/memos/probes/", "Probes need control tasks", "2026-02-01", "February 1, 2026", "", "",
                    "A probe's accuracy says little without a control task."));

    @Test
    void thePlanIsMadeOnAnotherThreadAndWaitsForTheIndexThisThreadBuilds() {
        Thread caller = Thread.currentThread();
        AtomicReference<Thread> indexThread = new AtomicReference<>();
        AtomicReference<Thread> planThread = new AtomicReference<>();
        AtomicReference<SearchIndex> built = new AtomicReference<>();
        IndexAndPlan.Made made = IndexAndPlan.make(() -> {
            indexThread.set(Thread.currentThread());
            sleep(200); // the plan asks for the index before it is built
            built.set(SearchIndex.build(DOCS.size(), DOCS::get));
            return built.get();
        }, search -> {
            planThread.set(Thread.currentThread());
            OutputPlan plan = new OutputPlan();
            SearchIndex index = search.get();
            for (int i = 0; i < index.chunkCount(); i++) {
                int chunk = i;
                plan.page(SearchIndex.chunkPath(i), "search index", () -> index.chunk(chunk));
            }
            return plan;
        });

        assertThat(made.index()).isSameAs(built.get());
        assertThat(indexThread.get()).isSameAs(caller);
        assertThat(planThread.get()).isNotSameAs(caller);
        assertThat(made.plan().size()).isEqualTo(built.get().chunkCount()).isPositive();
    }

    @Test
    void aFailingIndexIsThrownAsItWasThrownAndThePlanWaitingForItEnds() {
        IllegalStateException failure = new IllegalStateException("the index failed");
        AtomicReference<Throwable> seenByPlan = new AtomicReference<>();
        assertThatThrownBy(() -> IndexAndPlan.make(() -> {
            sleep(100);
            throw failure;
        }, search -> {
            try {
                search.get();
            } catch (RuntimeException e) {
                seenByPlan.set(e);
                throw e;
            }
            return new OutputPlan();
        })).isSameAs(failure);
        // the plan's wait ended with the same failure instead of hanging
        for (int i = 0; i < 100 && seenByPlan.get() == null; i++) {
            sleep(20);
        }
        assertThat(seenByPlan.get()).isSameAs(failure);
    }

    @Test
    void aFailingPlanIsThrownAsItWasThrownOnceTheIndexIsBuilt() {
        StackOverflowError failure = new StackOverflowError("the plan failed");
        AtomicReference<Boolean> indexFinished = new AtomicReference<>(false);
        assertThatThrownBy(() -> IndexAndPlan.make(() -> {
            sleep(100);
            indexFinished.set(true);
            return SearchIndex.build(DOCS.size(), DOCS::get);
        }, search -> {
            throw failure;
        })).isSameAs(failure);
        assertThat(indexFinished.get()).isTrue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
