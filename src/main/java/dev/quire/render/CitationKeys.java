package dev.quire.render;

import dev.quire.cite.MemoCitation;
import dev.quire.content.Memo;
import dev.quire.content.Site;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every memo's BibTeX key, unique within the site. Memos that share a base key (same year, same
 * first title word) are told apart by a letter, in date order: the oldest keeps the bare key and
 * the next ones get "b", "c", ..., so a key already cited elsewhere never changes when a later
 * memo arrives.
 */
final class CitationKeys {
    private CitationKeys() {
    }

    /** @return keys by memo slug */
    static Map<String, String> of(Site site) {
        String author = MemoCitations.author(site.config());
        List<Memo> memos = site.memos();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        for (int i = memos.size() - 1; i >= 0; i--) {   // memos are newest first
            Memo memo = memos.get(i);
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
