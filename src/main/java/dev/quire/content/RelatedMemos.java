package dev.quire.content;

import dev.quire.similar.MemoText;
import dev.quire.similar.Neighbours;
import dev.quire.similar.Similarity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Each memo's related memos: the {@link #COUNT} published memos most alike it by the same
 * similarity as the repetition check ({@link Similarity}), closest first, never the memo itself,
 * never a draft, none that shares nothing with it. As Hugo's {@code .Related}, but from what the
 * memos say rather than from keywords given by hand. Ties go to the newer memo, so the lists
 * depend only on the site.
 *
 * <p>Computed on first use (a {@code quire check} that renders no memo page never pays for it),
 * and taken over from the previous build when no memo changed anything the similarity reads:
 * {@code serve} then pays nothing for a change to a body's later paragraphs.
 */
public final class RelatedMemos {
    public static final int COUNT = 3;

    private final List<Memo> memos;
    private final List<MemoText> texts;
    private final List<Boolean> published;
    private final Map<String, Memo> bySlug = new HashMap<>();
    private volatile Map<String, List<String>> related;

    private RelatedMemos(List<Memo> memos, RelatedMemos previous) {
        this.memos = memos;
        this.texts = memos.stream().map(Memo::similarityText).toList();
        this.published = memos.stream().map(m -> !m.draft()).toList();
        memos.forEach(m -> bySlug.put(key(m.slug()), m));
        if (previous != null && previous.texts.equals(texts) && previous.published.equals(published)) {
            this.related = previous.related; // null still if it was never asked for: then computed here when asked
        }
    }

    /** @param memos the site's memos, in any order; {@code previous} the last build's, or null */
    public static RelatedMemos of(List<Memo> memos, RelatedMemos previous) {
        return new RelatedMemos(memos.stream().sorted(SiteAssembler.NEWEST_FIRST).toList(), previous);
    }

    /**
     * Computes every list now, unless taken over from the previous build; says which, for
     * {@code --timings}: "1,000 memos compared" or "unchanged".
     */
    public String prepare() {
        boolean computed = related == null;
        lists();
        return computed ? memos.size() + " memos compared" : "unchanged";
    }

    /** The memos related to {@code memo}, closest first. */
    public List<Memo> of(Memo memo) {
        List<String> slugs = lists().getOrDefault(key(memo.slug()), List.of());
        List<Memo> out = new ArrayList<>(slugs.size());
        slugs.forEach(s -> out.add(bySlug.get(s)));
        return out;
    }

    /** The slugs of {@link #of}, for what a memo page depends on. */
    public List<String> slugsOf(Memo memo) {
        return lists().getOrDefault(key(memo.slug()), List.of());
    }

    private Map<String, List<String>> lists() {
        Map<String, List<String>> r = related;
        if (r == null) {
            synchronized (this) {
                if (related == null) {
                    related = compute();
                }
                r = related;
            }
        }
        return r;
    }

    private Map<String, List<String>> compute() {
        Similarity similarity = Similarity.of(texts);
        List<List<Neighbours.Neighbour>> neighbours = Neighbours.of(similarity, COUNT, published::get);
        Map<String, List<String>> out = new HashMap<>();
        for (int i = 0; i < memos.size(); i++) {
            out.put(key(memos.get(i).slug()), neighbours.get(i).stream().map(n -> key(memos.get(n.other()).slug())).toList());
        }
        return Map.copyOf(out);
    }

    private static String key(String slug) {
        return slug.toLowerCase(Locale.ROOT);
    }
}
