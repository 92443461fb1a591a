package dev.quire.pipeline;

import dev.quire.publish.AtomFeed;
import dev.quire.publish.JsonFeed;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Each memo's feed entry and item as written ({@link AtomFeed#entry}, {@link JsonFeed#item}), kept
 * for the life of a pipeline under a key of everything they show. A memo stands in the site's
 * feed and in its category's, and a new site title or tagline writes every feed again but changes
 * none of their entries: {@code serve} then writes 32 feeds of 30 full memos without escaping a
 * memo again. Holds what the latest plan's feeds hold, no more.
 */
final class FeedEntries {
    private final Map<String, String> written = new ConcurrentHashMap<>();

    /** Forgets every entry but those under {@code keys}: the ones the new plan's feeds hold. */
    void keepOnly(Set<String> keys) {
        written.keySet().retainAll(keys);
    }

    /** The entry under {@code key}, written by {@code writer} if this is its first use; one writer runs per key. */
    String get(String key, Supplier<String> writer) {
        return written.computeIfAbsent(key, k -> writer.get());
    }
}
