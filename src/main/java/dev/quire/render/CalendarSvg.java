package dev.quire.render;

import dev.quire.content.Cadence;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays out the publishing calendar of the archive page: one column per week, one row per day
 * (Monday at the top), as GitHub draws contributions; month names over the week each month
 * starts in. The partial {@code partials/cadence.jte} draws what this computes.
 */
public final class CalendarSvg {
    public static final int CELL = 10;
    public static final int STEP = 13;
    public static final int LEFT = 28;
    public static final int TOP = 16;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH);

    /** One day's square: where, how dark (class n0 to n3) and its tooltip. */
    public record Cell(int x, int y, String level, String title) {
    }

    public record Label(int x, int y, String text) {
    }

    private final Cadence cadence;

    public CalendarSvg(Cadence cadence) {
        this.cadence = cadence;
    }

    public boolean hasWeeks() {
        return !cadence.calendar().isEmpty();
    }

    /**
     * What the calendar shows, in words, for readers who cannot see it: "15 memos over 24 weeks,
     * from February 2, 2026 to July 19, 2026; at least one memo in 12 of those weeks, at most 3
     * weeks in a row."
     */
    public String summary() {
        List<Cadence.Week> weeks = cadence.calendar();
        int memos = 0;
        int active = 0;
        int run = 0;
        int longest = 0;
        for (Cadence.Week week : weeks) {
            int n = week.days().stream().mapToInt(Cadence.Day::memos).sum();
            memos += n;
            active += n > 0 ? 1 : 0;
            run = n > 0 ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return Format.plural(memos, "memo") + " over " + Format.plural(weeks.size(), "week") + ", from "
                + LONG.format(weeks.get(0).monday()) + " to " + LONG.format(weeks.get(weeks.size() - 1).monday().plusDays(6))
                + "; at least one memo in " + active + " of those weeks, at most " + Format.plural(longest, "week") + " in a row.";
    }

    /** Drawn half as large again as its coordinates, so a day reads at a glance; CSS shrinks it on narrow screens. */
    public int shownWidth() {
        return width() * 3 / 2;
    }

    public int shownHeight() {
        return height() * 3 / 2;
    }

    public int width() {
        return LEFT + cadence.calendar().size() * STEP + 16; // room for a month name over the last week
    }

    public int height() {
        return TOP + 7 * STEP;
    }

    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        List<Cadence.Week> weeks = cadence.calendar();
        for (int w = 0; w < weeks.size(); w++) {
            List<Cadence.Day> days = weeks.get(w).days();
            for (int d = 0; d < days.size(); d++) {
                Cadence.Day day = days.get(d);
                String count = day.memos() == 0 ? "no memo" : Format.plural(day.memos(), "memo");
                cells.add(new Cell(LEFT + w * STEP, TOP + d * STEP, "n" + Math.min(day.memos(), 3),
                        count + " on " + DAY.format(day.date())));
            }
        }
        return cells;
    }

    /** Month names, over the first week that holds the month's first day (and the first week). */
    public List<Label> months() {
        List<Label> labels = new ArrayList<>();
        List<Cadence.Week> weeks = cadence.calendar();
        for (int w = 0; w < weeks.size(); w++) {
            LocalDate monday = weeks.get(w).monday();
            LocalDate sunday = monday.plusDays(6);
            boolean starts = w == 0 || sunday.getDayOfMonth() <= 7;
            // skip a label that would crowd the next month's, which starts within two weeks
            boolean crowded = w == 0 && weeks.size() > 2 && weeks.get(2).monday().plusDays(6).getDayOfMonth() <= 7
                    && monday.getDayOfMonth() > 7;
            if (starts && !crowded) {
                labels.add(new Label(LEFT + w * STEP, TOP - 5, MONTH.format(sunday.getDayOfMonth() <= 7 ? sunday : monday)));
            }
        }
        return labels;
    }

    public List<Label> weekdays() {
        return List.of(new Label(0, TOP + CELL - 1, "Mon"), new Label(0, TOP + 2 * STEP + CELL - 1, "Wed"),
                new Label(0, TOP + 4 * STEP + CELL - 1, "Fri"));
    }
}
