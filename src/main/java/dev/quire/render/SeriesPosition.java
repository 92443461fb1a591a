package dev.quire.render;

import dev.quire.content.Memo;
import dev.quire.content.Series;

/**
 * Where a memo stands in its series, for the "Part 2 of 4" navigation of its page.
 *
 * @param part its number, from 1
 * @param previous the part before it, or null for the first
 * @param next the part after it, or null for the last
 */
public record SeriesPosition(Series series, int part, Memo previous, Memo next) {

    /** The memo's place in its series, or null when it is in none. */
    public static SeriesPosition of(RenderContext ctx, Memo memo) {
        return ctx.site().seriesOf(memo).map(s -> {
            int part = s.partOf(memo);
            return new SeriesPosition(s, part, s.part(part - 1), s.part(part + 1));
        }).orElse(null);
    }
}
