package dev.quire.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The publishing rhythm of a site: memos per month and per category, weekly streaks (weeks run
 * Monday to Sunday, in each memo's own date), word counts, and the day-by-day calendar of the
 * last year up to the newest memo. Measured from the memos alone, never from today's date, so
 * that two builds of one site agree.
 *
 * <p>Usage: {@code Cadence.of(site.memos())}.
 */
public record Cadence(
        List<Count> months,
        List<Count> categories,
        int longestStreak,
        int streakAtNewest,
        int weeksWithMemos,
        Words words,
        List<Week> calendar) {

    /** How many weeks of days the calendar shows at most: a year, as GitHub's does. */
    public static final int CALENDAR_WEEKS = 53;

    /** A label and how many memos it has. */
    public record Count(String label, int memos) {
    }

    /** Word counts of the memo bodies. */
    public record Words(int total, int mean, int median, int shortest, int longest) {
    }

    /** Seven days from a Monday. */
    public record Week(LocalDate monday, List<Day> days) {
    }

    public record Day(LocalDate date, int memos) {
    }

    public static Cadence of(List<Memo> memos) {
        if (memos.isEmpty()) {
            return new Cadence(List.of(), List.of(), 0, 0, 0, new Words(0, 0, 0, 0, 0), List.of());
        }
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        Map<String, Integer> perMonth = new TreeMap<>();
        Map<String, Integer> perCategory = new LinkedHashMap<>();
        for (Memo m : memos) {
            LocalDate day = m.date().toLocalDate();
            perDay.merge(day, 1, Integer::sum);
            perMonth.merge(YearMonth.from(day).toString(), 1, Integer::sum);
            perCategory.merge(m.hasCategory() ? m.category().name() : "(no category)", 1, Integer::sum);
        }
        List<Count> categories = new ArrayList<>(perCategory.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList());
        categories.sort(Comparator.comparingInt(Count::memos).reversed().thenComparing(Count::label, String.CASE_INSENSITIVE_ORDER));

        TreeSet<LocalDate> weeks = new TreeSet<>();
        perDay.keySet().forEach(d -> weeks.add(monday(d)));
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate week : weeks) {
            run = previous != null && previous.plusWeeks(1).equals(week) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = week;
        }
        return new Cadence(
                perMonth.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList(),
                List.copyOf(categories), longest, run, weeks.size(), words(memos),
                calendar(perDay, weeks.first(), weeks.last()));
    }

    private static Words words(List<Memo> memos) {
        int[] counts = memos.stream().mapToInt(Memo::words).sorted().toArray();
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        int n = counts.length;
        int median = n % 2 == 1 ? counts[n / 2] : (counts[n / 2 - 1] + counts[n / 2]) / 2;
        return new Words(total, Math.round(total / (float) n), median, counts[0], counts[n - 1]);
    }

    private static List<Week> calendar(Map<LocalDate, Integer> perDay, LocalDate firstWeek, LocalDate lastWeek) {
        LocalDate start = firstWeek;
        if (ChronoUnit.WEEKS.between(firstWeek, lastWeek) >= CALENDAR_WEEKS) {
            start = lastWeek.minusWeeks(CALENDAR_WEEKS - 1);
        }
        List<Week> out = new ArrayList<>();
        for (LocalDate monday = start; !monday.isAfter(lastWeek); monday = monday.plusWeeks(1)) {
            List<Day> days = new ArrayList<>(7);
            for (int i = 0; i < 7; i++) {
                LocalDate d = monday.plusDays(i);
                days.add(new Day(d, perDay.getOrDefault(d, 0)));
            }
            out.add(new Week(monday, List.copyOf(days)));
        }
        return List.copyOf(out);
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
