package dev.quire.render;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and counts as the theme shows them. English, independent of the machine's locale. */
public final class Format {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private Format() {
    }

    /** "July 1, 2026" */
    public static String longDate(OffsetDateTime date) {
        return LONG.format(date);
    }

    /** "2026-07-01", for datetime attributes and the topic log. */
    public static String isoDate(OffsetDateTime date) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    /** "Feb to Jul 2026", "Nov 2025 to Feb 2026", or "Jul 2026" when both fall in one month. */
    public static String window(OffsetDateTime first, OffsetDateTime last) {
        if (first.getYear() == last.getYear() && first.getMonth() == last.getMonth()) {
            return MONTH_YEAR.format(last);
        }
        if (first.getYear() == last.getYear()) {
            return MONTH.format(first) + " to " + MONTH_YEAR.format(last);
        }
        return MONTH_YEAR.format(first) + " to " + MONTH_YEAR.format(last);
    }

    /** "01", "02": the Format section's numerals. */
    public static String numeral(int index) {
        return String.format(Locale.ROOT, "%02d", index + 1);
    }

    /** "1 memo", "12 memos", "1,204 memos": thousands grouped, the same on every machine. */
    public static String plural(int n, String noun) {
        return String.format(Locale.ROOT, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
    }
}
