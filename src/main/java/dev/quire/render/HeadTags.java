package dev.quire.render;

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
 * What a page's head tells feed readers and search engines beyond its title: whether feeds exist
 * to point at, and the page as schema.org JSON-LD ({@code BlogPosting} for a memo, {@code WebSite}
 * for the home page).
 */
public final class HeadTags {
    private HeadTags() {
    }

    /** Feeds need absolute addresses, so they exist only when {@code base_url} is set. */
    public static boolean hasFeeds(RenderContext ctx) {
        return !ctx.config().baseUrl().equals("/");
    }

    /** The folder of this page's own category feed ("categories/x/"), or null. */
    public static String categoryFeedDir(PageMeta meta) {
        String path = meta.path();
        return path.startsWith("categories/") && path.length() > "categories/".length() ? path : null;
    }

    /** "2026-07-01T09:30:00+02:00" */
    public static String isoDateTime(Memo memo) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(memo.date());
    }

    /** "2026-07-01T09:30:00+02:00" */
    public static String isoDateTime(java.time.OffsetDateTime date) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date);
    }

    /** The page as JSON-LD, safe inside a {@code <script>} element; empty when there is nothing to say. */
    public static String jsonLd(RenderContext ctx, PageMeta meta) {
        SiteConfig config = ctx.config();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        if (meta.memo() != null) {
            Memo memo = meta.memo();
            data.put("@type", "BlogPosting");
            data.put("headline", memo.title());
            if (!memo.description().isEmpty()) {
                data.put("description", memo.description());
            }
            if (!memo.abstractText().isEmpty()) {
                data.put("abstract", memo.abstractText());
            }
            data.put("datePublished", isoDateTime(memo));
            if (memo.updated() != null) {
                data.put("dateModified", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(memo.updated()));
            }
            data.put("author", person(ctx));
            putUrl(ctx, data, meta.path());
            if (memo.hasCategory()) {
                data.put("articleSection", memo.category().name());
            }
            if (!memo.tags().isEmpty()) {
                data.put("keywords", memo.tags().stream().map(Label::name).toList());
            }
            data.put("wordCount", memo.words());
            data.put("inLanguage", config.language());
        } else if (meta.path().isEmpty()) {
            data.put("@type", "WebSite");
            data.put("name", config.title());
            if (!config.tagline().isEmpty()) {
                data.put("description", config.tagline());
            }
            putUrl(ctx, data, "");
            data.put("author", person(ctx));
            data.put("inLanguage", config.language());
        } else {
            return "";
        }
        // "<" only occurs inside JSON strings, where \u003c means the same and cannot end the script
        return Json.compact(data).replace("<", "\\u003c");
    }

    private static void putUrl(RenderContext ctx, Map<String, Object> data, String path) {
        String url = ctx.absolute(path);
        if (!url.isEmpty()) {
            data.put("url", url);
            data.put("mainEntityOfPage", url);
        }
    }

    private static Map<String, Object> person(RenderContext ctx) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@type", "Person");
        person.put("name", ctx.config().author().isEmpty() ? ctx.config().title() : ctx.config().author());
        String home = ctx.absolute("");
        if (!home.isEmpty()) {
            person.put("url", home);
        }
        return person;
    }

    /** The memo's themes, for {@code article:tag}. */
    public static List<String> tagNames(Memo memo) {
        List<String> names = new ArrayList<>();
        memo.tags().forEach(t -> names.add(t.name()));
        return names;
    }
}
