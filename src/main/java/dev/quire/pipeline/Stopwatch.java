package dev.quire.pipeline;

import dev.quire.cache.RenderCache;
import dev.quire.cache.RenderCache.Lookups;
import dev.quire.content.RelatedMemos;
import dev.quire.pipeline.BuildReport.StageTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Times consecutive stages for {@code --timings}. */
final class Stopwatch {
    private final List<StageTime> timings = new ArrayList<>();
    private final long began = System.nanoTime();
    private long start = began;
    private SortedMap<String, Lookups> seen = new TreeMap<>();
    /** The cache {@link #seen} was read from: serve keeps one open across runs, and a run may open a new one. */
    private RenderCache seenIn;

    /** @param cache the cache open as the run starts, or null: its lookups so far are not this run's */
    Stopwatch(RenderCache cache) {
        if (cache != null) {
            seen = cache.lookups();
            seenIn = cache;
        }
    }

    void lap(String stage) {
        lap(stage, "");
    }

    void lap(String stage, String detail) {
        long now = System.nanoTime();
        timings.add(new StageTime(stage, (now - start) / 1_000_000, detail));
        start = now;
    }

    /** A lap whose detail also says what the cache found and missed since the last lap that asked. */
    void lap(String stage, String detail, RenderCache cache) {
        SortedMap<String, Lookups> now = cache.lookups();
        if (cache != seenIn) {
            seen = new TreeMap<>();
            seenIn = cache;
        }
        StringBuilder out = new StringBuilder(detail);
        now.forEach((kind, n) -> {
            Lookups since = n.minus(seen.getOrDefault(kind, new Lookups(0, 0)));
            if (!kind.equals(BodyCache.KIND) && !kind.equals(SiteBibliography.KIND) && !kind.equals(StoredReads.KIND)
                    && !kind.equals(RelatedMemos.CACHE_KIND)
                    && since.found() + since.missing() > 0) { // bodies and memo files say it in their own words
                out.append(out.isEmpty() ? "" : "; ").append(kind).append(": ").append(since.found()).append(" cached, ")
                        .append(since.missing()).append(" rendered");
            }
        });
        seen = now;
        lap(stage, out.toString());
    }

    List<StageTime> timings() {
        return List.copyOf(timings);
    }

    long millis() {
        return (System.nanoTime() - began) / 1_000_000;
    }
}
