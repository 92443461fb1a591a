package dev.quire.pipeline;

import dev.quire.content.Site;
import dev.quire.diag.Problem;
import dev.quire.render.Format;
import java.util.List;

/**
 * What a successful build did, with its warnings and the time each stage took.
 *
 * @param site the site model the pages were rendered from, for the checks that run after a build
 * @param notes what the build did on purpose that {@code --verbose} tells (a built-in file replaced)
 */
public record BuildReport(int memos, int files, List<Problem> warnings, List<StageTime> timings, Site site,
                          List<String> notes) {

    /**
     * One stage and its wall-clock milliseconds.
     *
     * @param detail what the stage reused and did ("980 cached, 20 rendered"), or ""
     */
    public record StageTime(String stage, long millis, String detail) {
    }

    public long totalMillis() {
        return timings.stream().mapToLong(StageTime::millis).sum();
    }

    /** "built 15 memos, 44 files in 213 ms" */
    public String summary() {
        return "built " + Format.plural(memos, "memo") + ", " + files + " files in " + totalMillis() + " ms";
    }
}
