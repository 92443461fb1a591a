package dev.quire.content;

import java.util.List;

/**
 * The memos that name one series in their front matter ({@code series: Scaling laws}), oldest
 * first: part 1 is the earliest. Memos sharing a date are ordered by slug, as everywhere else.
 */
public record Series(String name, String slug, List<Memo> parts) {

    public Series {
        parts = List.copyOf(parts);
    }

    /** The site path of the series page: {@code series/scaling-laws/}. */
    public String path() {
        return "series/" + slug + "/";
    }

    /** The part number of {@code memo}, from 1, or 0 when it is not a part. */
    public int partOf(Memo memo) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).slug().equals(memo.slug())) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Part {@code n} (from 1), or null past either end. */
    public Memo part(int n) {
        return n >= 1 && n <= parts.size() ? parts.get(n - 1) : null;
    }
}
