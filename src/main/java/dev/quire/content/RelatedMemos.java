package dev.quire.content;

import dev.quire.cache.CodeVersion;
import dev.quire.cache.RenderCache;
import dev.quire.similar.Abbreviation;
import dev.quire.similar.MemoText;
import dev.quire.similar.Neighbours;
import dev.quire.similar.Similarity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Each memo's related memos: the {@link #COUNT} published memos most alike it by the same
 * similarity as the repetition check ({@link Similarity}), closest first, never the memo itself,
 * never a draft, none that shares nothing with it. As Hugo's {@code .Related}, but from what the
 * memos say rather than from keywords given by hand. Ties go to the newer memo, so the lists
 * depend only on the site.
 *
 * <p>Computed on first use (a {@code quire check} that renders no memo page never pays for it),
 * and taken over from the previous build when no memo changed anything the similarity reads:
 * {@code serve} then pays nothing for a change to a body's later paragraphs. A build keeps the
 * lists in the cache under everything they were computed from, so that the next build, when no
 * memo changed what the similarity reads, loads no analyzer and compares nothing (at 10,000
 * memos the comparison took 3.5 s of a warm build).
 */
public final class RelatedMemos {
    public static final int COUNT = 3;
    /** The kind of the cache entry holding every memo's list. */
    public static final String CACHE_KIND = "related-memos";

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
        return new RelatedMemos(SiteAssembler.newestFirst(memos), previous);
    }

    /**
     * Computes every list now, unless taken over from the previous build; says which, for
     * {@code --timings}: "1,000 memos compared" or "unchanged".
     */
    public String prepare() {
        return prepare(RenderCache.none());
    }

    /**
     * As {@link #prepare()}, but first looks for the lists in {@code cache}, and keeps them there
     * when it computes them: "kept from the last build" when found.
     */
    public String prepare(RenderCache cache) {
        synchronized (this) {
            if (related != null) {
                return "unchanged";
            }
            String key = cache.enabled() ? cacheKey() : "";
            Optional<Map<String, List<String>>> kept = cache.get(CACHE_KIND, key).flatMap(this::parse);
            if (kept.isPresent()) {
                related = kept.get();
                return "kept from the last build";
            }
            related = compute();
            cache.put(CACHE_KIND, key, format(related));
            return memos.size() + " memos compared";
        }
    }

    /** Everything the lists depend on: Quire's code, and every memo's text as the similarity reads it, published or not, in order. */
    private String cacheKey() {
        // each memo's part hashed on its own, in parallel: one pass over every memo's lead on the
        // main thread was a tenth of a warm 4,000-memo build's wall time
        List<String> parts = new ArrayList<>(texts.size() + 1);
        parts.add(CodeVersion.current());
        parts.addAll(IntStream.range(0, texts.size()).parallel().mapToObj(this::memoKey).toList());
        return RenderCache.key(parts.toArray(String[]::new));
    }

    private String memoKey(int i) {
        MemoText t = texts.get(i);
        StringBuilder abbreviations = new StringBuilder();
        for (Abbreviation a : t.bodyAbbreviations()) {
            abbreviations.append(a.shortForm().length()).append(':').append(a.shortForm())
                    .append(a.longForm().length()).append(':').append(a.longForm());
        }
        return RenderCache.key(t.id(), t.question(), t.title(), t.description(), t.lead(),
                published.get(i) ? "published" : "draft", abbreviations.toString());
    }

    /** One line a memo, in the memos' order: its key, then its related memos' keys, separated by tabs. */
    private String format(Map<String, List<String>> lists) {
        StringBuilder out = new StringBuilder();
        for (Memo memo : memos) {
            out.append(key(memo.slug()));
            lists.getOrDefault(key(memo.slug()), List.of()).forEach(s -> out.append('\t').append(s));
            out.append('\n');
        }
        return out.toString();
    }

    /** The lists {@link #format} wrote, if they name exactly this site's memos. */
    private Optional<Map<String, List<String>>> parse(String kept) {
        String[] lines = kept.split("\n", -1);
        if (lines.length != memos.size() + 1 || !lines[memos.size()].isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<String>> out = new HashMap<>();
        for (int i = 0; i < memos.size(); i++) {
            String[] fields = lines[i].split("\t", -1);
            if (!fields[0].equals(key(memos.get(i).slug()))) {
                return Optional.empty();
            }
            List<String> others = List.of(fields).subList(1, fields.length);
            if (others.size() > COUNT || !others.stream().allMatch(bySlug::containsKey)) {
                return Optional.empty();
            }
            out.put(fields[0], others);
        }
        return Optional.of(Map.copyOf(out));
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
