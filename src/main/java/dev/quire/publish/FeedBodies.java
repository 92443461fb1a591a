package dev.quire.publish;

import dev.quire.content.Memo;

/**
 * Each memo's body as feeds carry it: links and images absolute (a reader shows the entry far
 * from the site), math as MathML only, no margin copies of the notes. The Markdown stage wrote
 * it beside the page's body, from the same syntax tree; this gives the feeds the site's
 * addresses with it.
 */
public final class FeedBodies {
    private final SiteUrls urls;

    public FeedBodies(SiteUrls urls) {
        this.urls = urls;
    }

    public SiteUrls urls() {
        return urls;
    }

    public String of(Memo memo) {
        return memo.feedHtml();
    }
}
