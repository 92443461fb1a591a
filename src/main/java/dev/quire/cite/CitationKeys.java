package dev.quire.cite;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every memo's BibTeX key, unique within the site. Memos that share a base key (same year, same
 * first title word) are told apart by a letter, in date order: the oldest keeps the bare key and
 * the next ones get "b", "c", ..., so a key already cited elsewhere never changes when a later
 * memo arrives.
 *
 * <p>Usage: {@code CitationKeys.of(author, memosOldestFirst)} gives keys by slug.
 */
public final class CitationKeys {
    /** What a memo's key is made from. */
    public record Keyed(String slug, String title, OffsetDateTime date) {
    }

    private CitationKeys() {
    }

    /**
     * @param author the name keys start with
     * @param oldestFirst every published memo, oldest first
     * @return keys by memo slug
     */
    public static Map<String, String> of(String author, List<Keyed> oldestFirst) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        for (Keyed memo : oldestFirst) {
            String base = MemoCitation.baseKey(author, memo.title(), memo.date());
            int n = seen.merge(base, 1, Integer::sum);
            keys.put(memo.slug(), n == 1 ? base : base + suffix(n));
        }
        return Map.copyOf(keys);
    }

    /** 2 gives "b", 26 "z", then 27 "27": letters as long as they last. */
    private static String suffix(int n) {
        return n <= 26 ? String.valueOf((char) ('a' + n - 1)) : String.valueOf(n);
    }
}
