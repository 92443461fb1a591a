package dev.quire.content;

import dev.quire.diag.Problem;
import dev.quire.diag.Problems;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reports memos that would share a page. Two memos with the same slug are a duplicate slug;
 * two slugs that differ only in letter case write one URL (page paths are lower-cased, and
 * case-insensitive file systems and most hosts would serve one for the other).
 */
public final class DuplicateSlugs {
    private DuplicateSlugs() {
    }

    /** {@code memos} in source-path order, so the later file is the one reported. */
    public static void check(List<Memo> memos, Problems problems) {
        Map<String, Memo> seen = new HashMap<>();
        for (Memo memo : memos) {
            Memo first = seen.putIfAbsent(memo.slug().toLowerCase(Locale.ROOT), memo);
            if (first == null) {
                continue;
            }
            String where = memo.source().relativePath();
            if (first.slug().equals(memo.slug())) {
                problems.add(Problem.error(where, 1, 1, "duplicate slug '" + memo.slug() + "': "
                                + first.source().relativePath() + " has it too",
                        "give one of them a distinct 'slug:' in its front matter, or rename the file", "---"));
            } else {
                problems.add(Problem.error(where, 1, 1, "two memos write one URL /" + memo.path() + ": "
                                + first.source().relativePath() + " (slug '" + first.slug() + "') and this memo (slug '"
                                + memo.slug() + "')",
                        "URLs ignore letter case; make the slugs differ in more than case", "---"));
            }
        }
    }
}
