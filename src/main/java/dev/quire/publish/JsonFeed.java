package dev.quire.publish;

import dev.quire.config.SiteConfig;
import dev.quire.content.Label;
import dev.quire.content.Memo;
import dev.quire.json.Json;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON Feed 1.1 (jsonfeed.org/version/1.1) written with Jackson's generator ({@link Json}). Maps keep their insertion
 * order, so the bytes are the same on every build.
 */
public final class JsonFeed {
    public static final String VERSION = "https://jsonfeed.org/version/1.1";

    private JsonFeed() {
    }

    /**
     * @param items each memo's item as {@link #item} wrote it, in the order of {@code spec.memos()}
     */
    public static byte[] write(FeedSpec spec, SiteConfig config, SiteUrls urls, List<String> items) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", VERSION);
        feed.put("title", spec.title());
        feed.put("home_page_url", urls.of(spec.dir()));
        feed.put("feed_url", urls.of(spec.jsonPath()));
        if (!config.tagline().isEmpty()) {
            feed.put("description", config.tagline());
        }
        feed.put("favicon", urls.of("favicon.svg"));
        feed.put("language", config.language());
        feed.put("authors", List.of(author(config)));
        long expected = 4096;
        List<Json.Raw> raw = new ArrayList<>(items.size());
        for (String item : items) {
            raw.add(new Json.Raw(item));
            expected += item.length() + 16;
        }
        feed.put("items", raw);
        return Json.file(feed, true, (int) Math.min(expected, 1 << 26));
    }

    /**
     * One memo's item, indented as it stands in a feed's list of items: written once per memo and
     * placed in every feed that holds it (the site's and its category's).
     */
    public static String item(Memo memo, FeedBodies bodies) {
        return Json.prettyAt(itemFields(memo, bodies.urls(), bodies), 1);
    }

    private static Map<String, Object> itemFields(Memo memo, SiteUrls urls, FeedBodies bodies) {
        String url = urls.of(memo.path());
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", url);
        item.put("url", url);
        item.put("title", memo.title());
        item.put("content_html", bodies.of(memo));
        if (!memo.summary().isEmpty()) {
            item.put("summary", memo.summary());
        }
        item.put("date_published", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(memo.date()));
        if (memo.updated() != null) {
            item.put("date_modified", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(memo.updated()));
        }
        List<String> tags = new ArrayList<>();
        if (memo.hasCategory()) {
            tags.add(memo.category().name());
        }
        memo.tags().stream().map(Label::name).forEach(tags::add);
        if (!tags.isEmpty()) {
            item.put("tags", tags);
        }
        return item;
    }

    private static Map<String, Object> author(SiteConfig config) {
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("name", config.author().isEmpty() ? config.title() : config.author());
        author.put("url", config.baseUrl());
        return author;
    }
}
