package dev.quire.publish;

import dev.quire.config.SiteConfig;
import dev.quire.content.Memo;
import java.util.List;

/**
 * One feed: the site's, or a category's. Feeds hold the newest {@link #SIZE} memos in full, as
 * blogs do, so that a feed stays small however large the site grows.
 *
 * @param dir the site path the feed files sit in: "" for the site, "categories/x/" for a category
 * @param title the feed's title
 * @param memos the memos it covers, newest first (cut to {@link #SIZE} here)
 */
public record FeedSpec(String dir, String title, List<Memo> memos) {
    public static final int SIZE = 30;

    public FeedSpec {
        memos = List.copyOf(memos.subList(0, Math.min(SIZE, memos.size())));
    }

    public static FeedSpec site(SiteConfig config, List<Memo> memos) {
        return new FeedSpec("", config.title(), memos);
    }

    public static FeedSpec category(SiteConfig config, String path, String name, List<Memo> memos) {
        return new FeedSpec(path, name + " · " + config.title(), memos);
    }

    public String atomPath() {
        return dir + "feed.xml";
    }

    public String jsonPath() {
        return dir + "feed.json";
    }
}
