package dev.quire.importer.hugo;

import dev.quire.importer.PostDates.PostDate;
import dev.quire.importer.Values;
import dev.quire.source.Slugs;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URLs Hugo gave a page: its {@code url}, or its section's pattern under {@code permalinks}
 * (filled as Hugo fills {@code :year}, {@code :slug}, {@code :title}, ...), or Hugo's default
 * {@code /section/name/}; then its {@code aliases}, a relative one taken from the section.
 */
final class HugoUrls {
    private static final Pattern PLACEHOLDER = Pattern.compile(
            ":(year|month|monthname|day|weekday|weekdayname|section|sections|title|slugorfilename|slugorcontentbasename|slug|filename|contentbasename)");

    private HugoUrls() {
    }

    /**
     * @param section the page's folder under {@code content/}, e.g. {@code posts} or {@code blog/2020}
     * @param name the file's name without extension, or the bundle folder's name
     */
    static List<String> of(Map<String, Object> frontMatter, Map<String, Object> config, String section, String name, PostDate date) {
        List<String> urls = new ArrayList<>();
        String top = section.contains("/") ? section.substring(0, section.indexOf('/')) : section;
        Map<String, Object> permalinks = Values.map(config, "permalinks");
        String pattern = Values.string(permalinks, top).or(() -> Values.string(Values.map(permalinks, "page"), top)).orElse(null);
        String slug = Values.string(frontMatter, "slug").orElse(null);
        String title = Values.string(frontMatter, "title").map(Slugs::of).orElse(name);
        String url = Values.string(frontMatter, "url").orElse(null);
        if (url == null && pattern == null) {
            url = "/" + section + "/" + (slug != null ? slug : name) + "/";
        } else if (url == null) {
            Matcher m = PLACEHOLDER.matcher(pattern);
            url = m.replaceAll(r -> Matcher.quoteReplacement(switch (r.group(1)) {
                case "year" -> date == null ? "" : String.valueOf(date.day().getYear());
                case "month" -> date == null ? "" : String.format(Locale.ROOT, "%02d", date.day().getMonthValue());
                case "monthname" -> date == null ? "" : date.day().getMonth().getDisplayName(TextStyle.FULL, Locale.ROOT).toLowerCase(Locale.ROOT);
                case "day" -> date == null ? "" : String.format(Locale.ROOT, "%02d", date.day().getDayOfMonth());
                case "weekday" -> date == null ? "" : String.valueOf(date.day().getDayOfWeek().getValue() % 7);
                case "weekdayname" -> date == null ? "" : date.day().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ROOT).toLowerCase(Locale.ROOT);
                case "section" -> top;
                case "sections" -> section;
                case "title" -> title;
                case "slug" -> slug != null ? slug : title;
                case "slugorfilename", "slugorcontentbasename" -> slug != null ? slug : name;
                default -> name;
            }));
        }
        urls.add(("/" + url).replaceAll("/{2,}", "/"));
        for (String alias : Values.list(frontMatter, "aliases")) {
            urls.add(alias.startsWith("/") ? alias : ("/" + section + "/" + alias).replaceAll("/{2,}", "/"));
        }
        return urls;
    }
}
