package dev.quire.build;

import dev.quire.diag.Problem;
import java.util.List;

/** What a successful build did, with its warnings and the time each stage took. */
public record BuildReport(int memos, int files, List<Problem> warnings, List<StageTime> timings) {

    /** One stage and its wall-clock milliseconds. */
    public record StageTime(String stage, long millis) {
    }

    public long totalMillis() {
        return timings.stream().mapToLong(StageTime::millis).sum();
    }
}
