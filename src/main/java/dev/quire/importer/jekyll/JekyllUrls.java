package dev.quire.importer.jekyll;

import dev.quire.importer.PostDates.PostDate;
import dev.quire.importer.Values;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URL Jekyll gave a post: its own {@code permalink}, or the site's permalink style
 * ({@code date}, the default, {@code pretty}, {@code ordinal}, {@code none} or a pattern) filled
 * with the post's categories, date and file name, as Jekyll's URL placeholders are.
 */
final class JekyllUrls {
    private static final Map<String, String> STYLES = Map.of(
            "date", "/:categories/:year/:month/:day/:title:output_ext",
            "pretty", "/:categories/:year/:month/:day/:title/",
            "ordinal", "/:categories/:year/:y_day/:title:output_ext",
            "weekdate", "/:categories/:year/W:week/:short_day/:title:output_ext",
            "none", "/:categories/:title:output_ext");
    private static final Pattern PLACEHOLDER = Pattern.compile(":(categories|year|month|day|i_month|i_day|short_year|y_day|title|slug|output_ext|hour|minute|second|week|short_day)");
    private static final Pattern NOT_URL = Pattern.compile("[^a-z0-9._~-]+");

    private JekyllUrls() {
    }

    /** The post's URL from the root, e.g. {@code /machine-learning/2020/01/05/adam.html}. */
    static String of(Map<String, Object> frontMatter, Map<String, Object> config, String slug, PostDate date) {
        String pattern = Values.string(frontMatter, "permalink")
                .or(() -> Values.string(config, "permalink"))
                .orElse("date");
        pattern = STYLES.getOrDefault(pattern, pattern);
        List<String> categories = Values.words(frontMatter, "categories");
        String category = Values.string(frontMatter, "category").orElse(null);
        String path = categories.isEmpty() && category != null ? slugify(category)
                : String.join("/", categories.stream().map(JekyllUrls::slugify).toList());
        Matcher m = PLACEHOLDER.matcher(pattern);
        String url = m.replaceAll(r -> Matcher.quoteReplacement(switch (r.group(1)) {
            case "categories" -> path;
            case "year" -> String.valueOf(date.day().getYear());
            case "month" -> String.format(Locale.ROOT, "%02d", date.day().getMonthValue());
            case "day" -> String.format(Locale.ROOT, "%02d", date.day().getDayOfMonth());
            case "i_month" -> String.valueOf(date.day().getMonthValue());
            case "i_day" -> String.valueOf(date.day().getDayOfMonth());
            case "short_year" -> String.format(Locale.ROOT, "%02d", date.day().getYear() % 100);
            case "y_day" -> String.format(Locale.ROOT, "%03d", date.day().getDayOfYear());
            case "week" -> String.format(Locale.ROOT, "%02d", date.day().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "short_day" -> date.day().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ROOT);
            case "output_ext" -> ".html";
            case "hour", "minute", "second" -> timePart(date, r.group(1));
            default -> slug;
        }));
        return ("/" + url).replaceAll("/{2,}", "/");
    }

    private static String timePart(PostDate date, String part) {
        Matcher t = Pattern.compile("[ T](\\d{2}):(\\d{2})(?::(\\d{2}))?").matcher(date.quire());
        if (!t.find()) {
            return "00";
        }
        String value = part.equals("hour") ? t.group(1) : part.equals("minute") ? t.group(2) : t.group(3);
        return value == null ? "00" : value;
    }

    /** Categories in a path as Jekyll writes them: lower case, spaces and other marks as '-'. */
    private static String slugify(String category) {
        return NOT_URL.matcher(category.toLowerCase(Locale.ROOT)).replaceAll("-");
    }
}
