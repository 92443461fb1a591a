package dev.quire.pipeline;

import dev.quire.content.Site;
import dev.quire.diag.Problem;
import dev.quire.render.Format;
import java.util.List;
import java.util.Locale;

/**
 * What a successful build did, with its warnings and the time each stage took.
 *
 * @param site the site model the pages were rendered from, for the checks that run after a build
 * @param draftsLeftOut the files of the drafts the build did not publish, in path order
 * @param notes what the build did on purpose that {@code --verbose} tells (a built-in file replaced)
 */
public record BuildReport(int memos, int files, List<Problem> warnings, List<StageTime> timings, Site site,
                          List<String> draftsLeftOut, List<String> notes) {

    /**
     * One stage and its wall-clock milliseconds.
     *
     * @param detail what the stage reused and did ("980 cached, 20 rendered"), or ""
     */
    public record StageTime(String stage, long millis, String detail) {
        /** "memos                   330 ms   bodies: 1000 cached, 0 rendered", as {@code --timings} prints it. */
        public String line() {
            return String.format(Locale.ROOT, "%-20s %6d ms%s", stage, millis, detail.isEmpty() ? "" : "   " + detail);
        }
    }

    public long totalMillis() {
        return timings.stream().mapToLong(StageTime::millis).sum();
    }

    /** "built 15 memos, 44 files in 213 ms" */
    public String summary() {
        return "built " + Format.plural(memos, "memo") + ", " + files + " files in " + totalMillis() + " ms";
    }

    /**
     * "left out 1 draft: memos/2026-03-01-x.md (set 'draft: false' to publish it; --drafts builds
     * drafts too)", naming up to three files; empty when no draft was left out.
     */
    public String draftsNote() {
        int n = draftsLeftOut.size();
        if (n == 0) {
            return "";
        }
        String named = String.join(", ", draftsLeftOut.subList(0, Math.min(3, n))) + (n > 3 ? ", ..." : "");
        return "left out " + Format.plural(n, "draft") + ": " + named + " (set 'draft: false' to publish "
                + (n == 1 ? "it" : "one") + "; --drafts builds drafts too)";
    }
}
