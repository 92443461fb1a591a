package dev.quire.pipeline;

import dev.quire.cache.CodeVersion;
import dev.quire.cache.RenderCache;
import dev.quire.content.Memo;
import dev.quire.content.Site;
import dev.quire.content.Term;
import dev.quire.output.Inputs;
import dev.quire.output.OutputPlan;
import dev.quire.publish.AtomFeed;
import dev.quire.publish.FeedBodies;
import dev.quire.publish.FeedSpec;
import dev.quire.publish.JsonFeed;
import dev.quire.publish.SiteUrls;
import dev.quire.publish.Sitemap;
import dev.quire.render.Format;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Plans what feed readers and search engines read: the site's feeds and one per category (Atom
 * and JSON Feed), {@code sitemap.xml} and {@code robots.txt}.
 *
 * <p>Inputs ({@link Inputs}), for rebuilding only what a change touches: a feed depends on the
 * {@link FeedSpec#SIZE} memos it holds, in full; the sitemap on the list of memos and the HTML
 * files of {@code static/}; robots.txt on the settings only.
 *
 * <p>Feeds and the sitemap need absolute addresses, so they are written only when
 * {@code base_url} is set.
 */
final class FeedOutputs {
    private FeedOutputs() {
    }

    private static final String ATOM_KIND = "atom-feed";
    private static final String JSON_KIND = "json-feed";

    /**
     * @param cache where written feeds are kept: an unchanged feed is not written again
     * @param bodyDigests a digest standing for each memo's body ({@link BodyCache#digest}), where there is one
     * @param entries each memo's entry and item as written, kept across the plans of one pipeline
     */
    static void planFeeds(OutputPlan plan, Site site, RenderCache cache, Function<Memo, Optional<String>> bodyDigests,
                          FeedEntries entries) {
        if (!SiteUrls.available(site.config())) {
            entries.keepOnly(Set.of());
            return;
        }
        List<FeedSpec> feeds = new ArrayList<>();
        feeds.add(FeedSpec.site(site.config(), site.memos()));
        for (Term category : site.categories()) {
            feeds.add(FeedSpec.category(site.config(), category.path(), category.name(), category.memos()));
        }
        SiteUrls urls = SiteUrls.of(site.config());
        FeedBodies bodies = new FeedBodies(urls);
        // the key of each memo's entry: a memo stands in the site's feed and in its category's
        Map<Memo, String> entryKeys = new IdentityHashMap<>();
        for (FeedSpec feed : feeds) {
            for (Memo memo : feed.memos()) {
                entryKeys.computeIfAbsent(memo, m -> entryKey(m, urls, bodies, bodyDigests));
            }
        }
        Set<String> kept = new HashSet<>();
        entryKeys.values().forEach(key -> {
            kept.add(ATOM_KIND + key);
            kept.add(JSON_KIND + key);
        });
        entries.keepOnly(kept);
        // every setting, in the key of every feed: written out once, not once a feed
        String settings = site.config().toString();
        for (FeedSpec feed : feeds) {
            Set<String> inputs = new HashSet<>();
            // the memos it holds, in full; when another memo becomes one of the newest, the set changes
            feed.memos().forEach(m -> inputs.add(Inputs.memo(m.slug())));
            List<String> keys = feed.memos().stream().map(entryKeys::get).toList();
            String key = RenderCache.key(feedKeyParts(feed, settings, keys));
            plan.page(feed.atomPath(), "feed " + feed.atomPath(), inputs, () -> cached(ATOM_KIND, key, cache,
                    () -> AtomFeed.write(feed, site.config(), urls,
                            written(ATOM_KIND, feed, keys, entries, memo -> AtomFeed.entry(memo, bodies)))));
            plan.page(feed.jsonPath(), "feed " + feed.jsonPath(), inputs, () -> cached(JSON_KIND, key, cache,
                    () -> JsonFeed.write(feed, site.config(), urls,
                            written(JSON_KIND, feed, keys, entries, memo -> JsonFeed.item(memo, bodies)))));
        }
    }

    /**
     * The key of everything a memo's entry and item show: its facts, its feed body by the digest of
     * what it was made from where there is one (hashing the full text of every feed's memos on
     * every build cost more than the rest of the key), and the site's address.
     */
    private static String entryKey(Memo memo, SiteUrls urls, FeedBodies bodies,
                                   Function<Memo, Optional<String>> bodyDigests) {
        Optional<String> digest = bodyDigests.apply(memo);
        return RenderCache.key(CodeVersion.current(), urls.of(""), memo.path(), memo.title(), memo.date().toString(),
                String.valueOf(memo.updated()), memo.modified().toString(), memo.summary(), memo.category().toString(),
                memo.tags().toString(), digest.isPresent() ? "made from" : "text", digest.orElseGet(() -> bodies.of(memo)));
    }

    /** A feed's key: where it stands, its title, every setting (either writer reads some), and its memos' entries. */
    private static String[] feedKeyParts(FeedSpec feed, String settings, List<String> entryKeys) {
        List<String> parts = new ArrayList<>(List.of(CodeVersion.current(), feed.atomPath(), feed.jsonPath(), feed.dir(),
                feed.title(), settings));
        parts.addAll(entryKeys);
        return parts.toArray(String[]::new);
    }

    /** A feed's entries of one kind, each written once however many feeds hold it. */
    private static List<String> written(String kind, FeedSpec feed, List<String> keys, FeedEntries entries,
                                        Function<Memo, String> writer) {
        List<String> written = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            Memo memo = feed.memos().get(i);
            written.add(entries.get(kind + keys.get(i), () -> writer.apply(memo)));
        }
        return written;
    }

    /**
     * A feed, from the cache when nothing it shows changed. Writing one means escaping the full
     * text of 30 memos character by character (Rome and JDOM for Atom, Jackson for JSON Feed):
     * a fifth of a warm build's CPU for each kind before it was kept, with reading the bodies back.
     */
    private static byte[] cached(String kind, String key, RenderCache cache, Supplier<byte[]> writer) {
        if (!cache.enabled()) {
            return writer.get();
        }
        return cache.getBytes(kind, key).orElseGet(() -> {
            byte[] written = writer.get();
            cache.putBytes(kind, key, written);
            return written;
        });
    }

    /** Called last: the sitemap lists every HTML page planned before it. */
    static void planSitemap(OutputPlan plan, Site site) {
        if (!SiteUrls.available(site.config())) {
            plan.builtIn("robots.txt", "robots.txt", Inputs.SITE_ONLY, () -> Sitemap.robots(null));
            return;
        }
        SiteUrls urls = SiteUrls.of(site.config());
        Map<String, String> memoDates = new HashMap<>();
        for (Memo memo : site.memos()) {
            memoDates.put(memo.path(), Format.isoDate(memo.modified()));
        }
        site.pages().stream().filter(p -> p.updated() != null).forEach(p -> memoDates.put(p.path(), Format.isoDate(p.updated())));
        List<Sitemap.Page> pages = new ArrayList<>();
        Set<String> inputs = new HashSet<>(Set.of(Inputs.MEMO_LIST));
        site.pages().forEach(p -> inputs.add(Inputs.page(p.slug()))); // a page's 'updated:' is its lastmod
        for (OutputPlan.Entry entry : plan.entries()) {
            String path = entry.path();
            if (!path.endsWith(".html") || path.equals("404.html") || path.startsWith("search/")) {
                continue;
            }
            if (entry.copyFrom() != null) {
                inputs.add(Inputs.file(entry.origin())); // a page in static/
            }
            String page = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
            Sitemap.Page listed = new Sitemap.Page(page, memoDates.get(page));
            if (page.isEmpty()) {
                pages.add(0, listed); // the home page first, the rest in path order
            } else {
                pages.add(listed);
            }
        }
        // the pages are those of the memos, categories and tags, which every memo's summary decides,
        // and the HTML files of static/
        int parts = Sitemap.parts(pages.size());
        if (parts == 1) {
            plan.page("sitemap.xml", "sitemap.xml", inputs, () -> Sitemap.write(urls, pages));
        } else {
            plan.page("sitemap.xml", "sitemap.xml", inputs, () -> Sitemap.index(urls, parts));
            for (int n = 1; n <= parts; n++) {
                List<Sitemap.Page> part = pages.subList((n - 1) * Sitemap.MAX_URLS, Math.min(pages.size(), n * Sitemap.MAX_URLS));
                plan.page(Sitemap.partPath(n), "sitemap.xml", inputs, () -> Sitemap.write(urls, part));
            }
        }
        plan.builtIn("robots.txt", "robots.txt", Inputs.SITE_ONLY, () -> Sitemap.robots(urls));
    }
}
