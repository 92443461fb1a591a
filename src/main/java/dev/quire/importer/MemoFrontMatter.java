package dev.quire.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * A post's front matter in Quire's keys. Jekyll's and Hugo's keys do not clash, so one mapping
 * serves both: {@code categories} gives the category (the first) and themes (the rest, with the
 * tags); {@code description}, else {@code excerpt} or {@code summary}, the description; the text
 * before {@code <!--more-->}, else an excerpt or summary not used as description, the abstract;
 * {@code published: false} or {@code draft} a draft; {@code lastmod} the update date.
 */
final class MemoFrontMatter {
    /** Keys read here or for the old URLs. */
    private static final Set<String> READ = Set.of("title", "date", "category", "categories", "tags", "description",
            "excerpt", "summary", "draft", "published", "slug", "lastmod", "last_modified_at", "permalink", "url", "aliases",
            "redirect_from", "publishDate");
    /** Keys that only arranged pages in the old theme (layout, ordering, comments, switches for math or a contents list). */
    private static final Set<String> PRESENTATION = Set.of("layout", "comments", "weight", "toc", "math", "mathjax",
            "katex", "markup", "type", "share", "giscus_comments", "related_posts", "showtoc", "tocopen", "hidemeta",
            "disablesharing", "disableshare", "showreadingtime", "showbreadcrumbs", "showpostnavlinks", "showwordcount",
            "searchhidden", "hidesummary", "usehugotoc", "author", "authors", "lang", "sitemap", "menu");
    private static final Dump DUMP = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(1000).build());

    private MemoFrontMatter() {
    }

    /** The front matter's text, fences included, and the memo's day ({@code 2021-03-14}), empty when it has no date. */
    record Written(String text, String day) {
    }

    static Written write(PostContext ctx, String abstractText) {
        Map<String, Object> fm = ctx.post.frontMatter();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", Values.string(fm, "title").orElseGet(() -> {
            ctx.warnFrontMatter("title", "this post has no title; its slug stands in", "add a 'title:' to the memo");
            return ctx.post.slug();
        }));
        date(ctx, "date").or(() -> Optional.ofNullable(ctx.post.fileDate()).map(Object::toString))
                .ifPresentOrElse(d -> out.put("date", d), () -> ctx.warnFrontMatter("date",
                        "this post has no date", "add a 'date:' to the memo; the build needs one"));
        List<String> categories = new ArrayList<>(Values.words(fm, "categories"));
        Values.string(fm, "category").ifPresent(c -> categories.add(0, c));
        if (!categories.isEmpty()) {
            out.put("category", categories.get(0));
        }
        Set<String> tags = new LinkedHashSet<>(Values.words(fm, "tags"));
        tags.addAll(categories.subList(Math.min(1, categories.size()), categories.size()));
        if (!tags.isEmpty()) {
            out.put("tags", List.copyOf(tags));
        }
        Optional<String> summary = Values.string(fm, "excerpt").or(() -> Values.string(fm, "summary"));
        Optional<String> description = Values.string(fm, "description").or(() -> summary);
        description.ifPresent(d -> out.put("description", oneLine(d)));
        String abstractOut = !abstractText.isEmpty() ? abstractText
                : Values.string(fm, "description").isPresent() ? summary.map(MemoFrontMatter::oneLine).orElse("") : "";
        if (!abstractOut.isEmpty()) {
            out.put("abstract", abstractOut);
        }
        if (Values.bool(fm, "draft").orElse(false) || !Values.bool(fm, "published").orElse(true)) {
            out.put("draft", true);
        }
        out.put("slug", ctx.post.slug());
        date(ctx, "lastmod").or(() -> date(ctx, "last_modified_at")).ifPresent(d -> out.put("updated", d));
        leftOut(ctx);
        String day = out.containsKey("date") ? String.valueOf(out.get("date")).substring(0, 10) : "";
        return new Written("---\n" + DUMP.dumpToString(out) + "---\n", day);
    }

    private static Optional<String> date(PostContext ctx, String key) {
        Optional<String> text = Values.string(ctx.post.frontMatter(), key);
        Optional<String> parsed = text.flatMap(PostDates::parse).map(PostDates.PostDate::quire);
        if (text.isPresent() && parsed.isEmpty()) {
            ctx.warnFrontMatter(key, "cannot read the " + key + " '" + text.get() + "'", "write it as 2020-01-05 or 2020-01-05T10:00:00+01:00");
        }
        return parsed;
    }

    /** Keys with content Quire has no place for are named, never dropped unseen. */
    private static void leftOut(PostContext ctx) {
        for (String key : ctx.post.frontMatter().keySet()) {
            String k = key.toLowerCase(Locale.ROOT);
            if (!READ.contains(key) && !PRESENTATION.contains(k)) {
                ctx.warnFrontMatter(key, "front matter key '" + key + "' has no Quire equivalent and was left out",
                        "Quire's memo keys are title, date, category, tags, description, abstract, question, draft and slug");
            }
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
