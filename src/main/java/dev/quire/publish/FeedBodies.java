package dev.quire.publish;

import dev.quire.content.Memo;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each memo's feed HTML ({@link FeedHtml}), made once per build however many feeds carry the
 * memo: the site's and its category's, each as Atom and as JSON. Safe to share between the
 * threads that write the feeds.
 */
public final class FeedBodies {
    private final SiteUrls urls;
    private final Map<String, String> bodies = new ConcurrentHashMap<>();

    public FeedBodies(SiteUrls urls) {
        this.urls = urls;
    }

    public SiteUrls urls() {
        return urls;
    }

    public String of(Memo memo) {
        return bodies.computeIfAbsent(memo.path(), path -> FeedHtml.of(memo.bodyHtml(), urls.of(path)));
    }
}
