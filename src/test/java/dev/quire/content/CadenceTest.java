package dev.quire.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.frontmatter.EditorialKeys;
import dev.quire.markdown.MemoBody;
import dev.quire.source.MemoSource;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CadenceTest {
    private static Memo memo(String slug, String date, String category, int words) {
        MemoSource source = new MemoSource("memos/" + slug + ".md", Path.of("memos/" + slug + ".md"), slug, null, List.of());
        return new Memo(source, slug, slug, OffsetDateTime.parse(date), Label.of(category), List.of(), "", "", "",
                false, new MemoBody("<p>x</p>", "", words, List.of(), List.of(), List.of(), "", false, false, false, false, List.of()), 1,
                List.of(), EditorialKeys.NONE, "", List.of());
    }

    private static final List<Memo> MEMOS = List.of(
            memo("e", "2026-03-30T09:00Z", "Scaling", 400),     // week of Mar 30
            memo("d", "2026-03-18T09:00Z", "Optimization", 300), // week of Mar 16
            memo("c", "2026-03-10T09:00Z", "Optimization", 200), // week of Mar 9
            memo("b", "2026-03-04T09:00Z", "Scaling", 100),      // week of Mar 2
            memo("a", "2026-03-03T09:00Z", "Optimization", 1000)); // same week

    @Test
    void monthsCategoriesAndWords() {
        Cadence cadence = Cadence.of(MEMOS);
        assertThat(cadence.months()).containsExactly(new Cadence.Count("2026-03", 5));
        assertThat(cadence.categories()).containsExactly(new Cadence.Count("Optimization", 3), new Cadence.Count("Scaling", 2));
        assertThat(cadence.words()).isEqualTo(new Cadence.Words(2000, 400, 300, 100, 1000));
    }

    @Test
    void weeklyStreaksCountWeeksInARowWithAMemo() {
        Cadence cadence = Cadence.of(MEMOS);
        assertThat(cadence.longestStreak()).isEqualTo(3); // Mar 2, 9, 16; then a gap (Mar 23)
        assertThat(cadence.streakAtNewest()).isEqualTo(1); // Mar 30 alone
        assertThat(cadence.weeksWithMemos()).isEqualTo(4);
    }

    @Test
    void theCalendarRunsMondayToSundayFromTheFirstWeekToTheNewest() {
        List<Cadence.Week> weeks = Cadence.of(MEMOS).calendar();
        assertThat(weeks).hasSize(5);
        assertThat(weeks.get(0).monday()).hasToString("2026-03-02");
        assertThat(weeks.get(0).monday().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(weeks.get(0).days().get(1).memos()).isEqualTo(1); // Tuesday Mar 3
        assertThat(weeks.get(4).days()).hasSize(7);
    }
}
