package dev.quire.pipeline;

import dev.quire.cache.CodeVersion;
import dev.quire.cache.RecordCodec;
import dev.quire.cache.RenderCache;
import dev.quire.diag.Problem;
import dev.quire.diag.Problems;
import dev.quire.markdown.BodyTexts;
import dev.quire.markdown.MemoBody;
import dev.quire.markdown.MemoTarget;
import dev.quire.search.TermCount;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Keeps each memo's rendered body, with everything taken from it, between builds, so that a memo
 * none of whose inputs changed is not rendered again. The key holds everything the body depends
 * on that is known before rendering it: Quire's code, the body record's shape, the file's path
 * and text, the settings, the bibliography, the static files and the memo's bundle
 * ({@link BodyInputs}). What is only known while rendering (the other memos the body links to)
 * is recorded with the entry and compared on the way out: a memo whose linked memo changed its
 * title is rendered again, one that only mentions an unrelated memo is not.
 *
 * <p>A body's long texts (page HTML, feed HTML, search text and terms) are kept as entries of their
 * own under the body's key: a body from the cache reads them when its page, feeds and search
 * document are written, instead of every body holding them from the memos stage to the pages
 * stage. They are checked whole when the body is found, so that a damaged one is rendered again
 * like any other miss.
 *
 * <p>Bodies with errors are never kept: the errors must be found again, and fixed. Warnings are
 * kept with the body and reported again on every build, as a full render would.
 */
final class BodyCache {
    static final String KIND = "memo-body";
    /** The kinds of a body's texts, kept apart from the rest of it. */
    static final String HTML = "memo-body-html";
    static final String FEED_HTML = "memo-body-feed-html";
    static final String SEARCH_TEXT = "memo-body-search-text";
    static final String SEARCH_TERMS = "memo-body-search-terms";

    /** What is kept of one body: it, its warnings, and the links between memos it looked up. */
    record Entry(MemoBody body, List<Problem> problems, List<Seen> targets) {
    }

    /** A body's search terms as kept. */
    record Terms(List<TermCount> terms) {
    }

    /** One lookup of another memo while rendering: its slug and what was found ({@code null}: no such memo). */
    record Seen(String slug, MemoTarget target) {
    }

    private final RecordCodec<Entry> codec = RecordCodec.of(Entry.class);
    private final RecordCodec<Terms> termsCodec = RecordCodec.of(Terms.class);
    private final RenderCache cache;
    private final String runKey;
    /** The last body of each memo (by path) this pipeline used, with its key: decoded once, while serve runs. */
    private final Map<String, Remembered> recent;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    /**
     * A body as {@link #recent} keeps it, with its digest ({@link #digest}) where there is a cache
     * to key by it, made once: asked for by every feed that holds the memo and by its search document.
     */
    record Remembered(String key, Entry entry, String digest) {
    }

    /**
     * @param runKey what every body of this run depends on ({@link BodyInputs#runKey})
     * @param recent the last body of each memo, shared by the runs of one pipeline
     */
    BodyCache(RenderCache cache, String runKey, Map<String, Remembered> recent) {
        this.cache = cache;
        this.recent = recent;
        this.runKey = RenderCache.key(CodeVersion.current(), RecordCodec.schema(Entry.class), RecordCodec.schema(Terms.class),
                runKey);
    }

    /**
     * The body of the memo or page at {@code path}, from the cache when its inputs are unchanged, else rendered by
     * {@code render} (given the targets to look links up in, and where to report) and kept.
     */
    MemoBody body(String path, String memoKey, Map<String, MemoTarget> targets, Problems problems,
                      BiFunction<Map<String, MemoTarget>, Problems, MemoBody> render) {
        String key = keyOf(memoKey);
        Remembered last = recent.get(path);
        Optional<Entry> kept = last != null && last.key().equals(key) ? Optional.of(last.entry()) : stored(key);
        if (kept.isPresent() && stillLinksTheSame(kept.get(), targets)) {
            hits.incrementAndGet();
            if (last == null || last.entry() != kept.get()) {
                remember(path, key, kept.get());
            }
            kept.get().problems().forEach(problems::add);
            return kept.get().body();
        }
        misses.incrementAndGet();
        Recording recording = new Recording(targets);
        Problems own = new Problems();
        MemoBody body = render.apply(recording, own);
        List<Problem> found = own.sorted();
        found.forEach(problems::add);
        if (!own.hasErrors()) {
            List<Seen> seen = recording.seen();
            if (cache.enabled()) {
                cache.putBytes(KIND, key, codec.encode(new Entry(body, found, seen)));
                cache.putBytes(HTML, key, body.texts().htmlUtf8());
                cache.put(FEED_HTML, key, body.feedHtml());
                cache.put(SEARCH_TEXT, key, body.searchText());
                cache.putBytes(SEARCH_TERMS, key, termsCodec.encode(new Terms(body.searchTerms())));
                // From here on the body reads its texts from the cache, as a body found there
                // does: a build from an empty cache held every page, feed and search text twice
                // (as strings and as the bytes to be written), about 180 KB a memo, and each young
                // collection copied them on (a third of a second of pauses at 1,000 memos).
                body = body.withTexts(readTexts(key));
            }
            remember(path, key, new Entry(body, found, seen));
        }
        return body;
    }

    /**
     * Keeps {@code entry} as the last body of {@code path}, with its digest when there is a cache
     * to key by it: made here, on the thread that rendered or read the body, in parallel with the
     * others, instead of one after another when the feeds and the search index first ask.
     */
    private void remember(String path, String key, Entry entry) {
        recent.put(path, new Remembered(key, entry, cache.enabled() ? digestOf(key, entry) : null));
    }

    /** The key of a body in this run: the run's inputs and the memo's own. */
    String keyOf(String memoKey) {
        return RenderCache.key(runKey, memoKey);
    }

    /** The entry kept under {@code key}, its texts read from the cache when asked for; empty unless all of it is whole. */
    private Optional<Entry> stored(String key) {
        if (!cache.enabled()) {
            return Optional.empty();
        }
        Optional<Entry> entry = cache.getBytes(KIND, key).flatMap(codec::decode);
        if (entry.isEmpty() || !cache.holds(HTML, key) || !cache.holds(FEED_HTML, key) || !cache.holds(SEARCH_TEXT, key)
                || !cache.holds(SEARCH_TERMS, key)) {
            return Optional.empty();
        }
        Entry e = entry.get();
        return Optional.of(new Entry(e.body().withTexts(readTexts(key)), e.problems(), e.targets()));
    }

    /** The texts of the body kept under {@code key}, read from the cache each time they are asked for. */
    private BodyTexts readTexts(String key) {
        return BodyTexts.reading(() -> kept(cache.rereadBytes(HTML, key), HTML, key),
                () -> kept(cache.reread(FEED_HTML, key), FEED_HTML, key), () -> kept(cache.reread(SEARCH_TEXT, key), SEARCH_TEXT, key),
                () -> kept(cache.rereadBytes(SEARCH_TERMS, key).flatMap(termsCodec::decode), SEARCH_TERMS, key).terms());
    }

    private static <T> T kept(Optional<T> read, String kind, String key) {
        // Found whole when the body was looked up, and a pack is never changed in place: missing
        // now is a defect, not a damaged cache.
        return read.orElseThrow(() -> new IllegalStateException("a body's text left the cache: " + kind + " " + key));
    }

    /**
     * A digest standing for {@code body}, the body of the memo or page at {@code path}, in the keys
     * of what is made from it (feeds, search documents): the key it was kept under, which holds everything
     * known before rendering it, and the memos it looked up, the rest of what it was made from.
     * No body text is hashed, so a warm build's feeds cost no pass over their memos' text. Empty
     * when {@code body} is not the one this cache last gave for {@code path}.
     */
    Optional<String> digest(String path, MemoBody body) {
        Remembered last = recent.get(path);
        if (last == null || last.entry().body() != body) {
            return Optional.empty();
        }
        return Optional.ofNullable(last.digest());
    }

    private static String digestOf(String key, Entry entry) {
        List<String> parts = new ArrayList<>();
        parts.add(key);
        for (Seen seen : entry.targets()) {
            MemoTarget t = seen.target();
            parts.add(seen.slug());
            if (t == null) {
                parts.add("no such memo");
            } else {
                parts.addAll(List.of("memo", t.slug(), t.title(), t.path(), String.valueOf(t.draft())));
            }
        }
        return RenderCache.key(parts.toArray(String[]::new));
    }

    /** "980 cached, 20 rendered", for {@code --timings}. */
    String summary() {
        return hits.get() + " cached, " + misses.get() + " rendered";
    }

    private static boolean stillLinksTheSame(Entry entry, Map<String, MemoTarget> targets) {
        for (Seen seen : entry.targets()) {
            if (!Objects.equals(targets.get(seen.slug()), seen.target())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The site's memos as a body sees them, remembering which slugs it looked up. Only lookups
     * are recorded: a body that lists every memo does so for an error's did-you-mean, and bodies
     * with errors are not kept.
     */
    private static final class Recording extends AbstractMap<String, MemoTarget> {
        private final Map<String, MemoTarget> targets;
        private final Map<String, Optional<MemoTarget>> seen = new ConcurrentHashMap<>();

        Recording(Map<String, MemoTarget> targets) {
            this.targets = targets;
        }

        @Override
        public MemoTarget get(Object key) {
            MemoTarget target = targets.get(key);
            if (key instanceof String slug) {
                seen.putIfAbsent(slug, Optional.ofNullable(target));
            }
            return target;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public Set<Map.Entry<String, MemoTarget>> entrySet() {
            return targets.entrySet();
        }

        List<Seen> seen() {
            List<Seen> out = new ArrayList<>();
            seen.forEach((slug, target) -> out.add(new Seen(slug, target.orElse(null))));
            out.sort((a, b) -> a.slug().compareTo(b.slug()));
            return out;
        }
    }
}
