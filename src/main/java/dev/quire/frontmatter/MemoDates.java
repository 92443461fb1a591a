package dev.quire.frontmatter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Optional;

/**
 * Parses the date forms a memo may use: {@code 2026-03-09}, {@code 2026-07-01 09:30},
 * {@code 2026-07-01 09:30:00}, {@code 2026-07-01T09:30}, and any of these with an offset such as
 * {@code 2026-07-01T09:30:00+02:00} or {@code Z}. A date without an offset is taken as UTC, so
 * the same file builds the same site on every machine whatever its time zone.
 */
public final class MemoDates {
    /** Date, then an optional time after 'T' or a space, then an optional offset. */
    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendPattern("[' ']['T']")
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendPattern("[' ']XXX").optionalEnd()
            .optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    public static final List<String> FORMS = List.of("2026-03-09", "2026-07-01 09:30", "2026-07-01T09:30:00+02:00");

    private MemoDates() {
    }

    public static Optional<OffsetDateTime> parse(String text) {
        try {
            var parsed = FORMAT.parse(text.trim());
            LocalDate date = LocalDate.from(parsed);
            LocalDateTime time = parsed.isSupported(ChronoField.HOUR_OF_DAY)
                    ? LocalDateTime.of(date, java.time.LocalTime.of(parsed.get(ChronoField.HOUR_OF_DAY),
                    parsed.get(ChronoField.MINUTE_OF_HOUR),
                    parsed.isSupported(ChronoField.SECOND_OF_MINUTE) ? parsed.get(ChronoField.SECOND_OF_MINUTE) : 0))
                    : date.atStartOfDay();
            ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
                    : ZoneOffset.UTC;
            return Optional.of(OffsetDateTime.of(time, offset));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
