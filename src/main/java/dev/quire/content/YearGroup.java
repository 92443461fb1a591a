package dev.quire.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The memos of one year, newest first: the archive's groups.
 *
 * <p>Usage: {@code for (YearGroup y : YearGroup.of(site.memos())) ...}
 */
public record YearGroup(int year, List<Memo> memos) {

    /**
     * {@code memos} (newest first) by year, newest year first. The year is the one written in
     * each memo's date (its own offset), so a memo never moves between years with the time zone
     * of the machine that builds it; two memos around New Year written in different offsets may
     * sort across each other, and still land in one group per year.
     */
    public static List<YearGroup> of(List<Memo> memos) {
        Map<Integer, List<Memo>> byYear = new LinkedHashMap<>();
        for (Memo memo : memos) {
            byYear.computeIfAbsent(memo.date().getYear(), y -> new ArrayList<>()).add(memo);
        }
        List<YearGroup> groups = new ArrayList<>();
        byYear.forEach((year, list) -> groups.add(new YearGroup(year, List.copyOf(list))));
        return List.copyOf(groups);
    }
}
