package dev.quire.importer;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date forms Jekyll and Hugo accept ({@code 2020-01-05}, {@code 2020-01-05 10:00:00 +0100},
 * {@code 2020-01-05T10:00:00+01:00}) in the forms Quire reads: {@code 2020-01-05},
 * {@code 2020-01-05 10:00}, {@code 2020-01-05T10:00:00+01:00}.
 */
public final class PostDates {
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?\\s*");

    /** A date as written, and the same in Quire's form. */
    public record PostDate(LocalDate day, String quire) {
    }

    private PostDates() {
    }

    public static Optional<PostDate> parse(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        LocalDate day;
        try {
            day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        if (m.group(4) == null) {
            return Optional.of(new PostDate(day, day.toString()));
        }
        String time = String.format(Locale.ROOT, "%02d:%s", Integer.parseInt(m.group(4)), m.group(5));
        String zone = m.group(7);
        if (zone == null) {
            return Optional.of(new PostDate(day, day + " " + time));
        }
        String offset = zone.equals("Z") ? "+00:00" : zone.contains(":") ? zone : zone.substring(0, 3) + ":" + zone.substring(3);
        String seconds = m.group(6) == null ? "00" : m.group(6);
        return Optional.of(new PostDate(day, day + "T" + time + ":" + seconds + offset));
    }
}
