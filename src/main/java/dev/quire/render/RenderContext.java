package dev.quire.render;

import dev.quire.cite.CitationKeys;
import dev.quire.config.SiteConfig;
import dev.quire.content.Memo;
import dev.quire.content.RelatedMemos;
import dev.quire.content.Site;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every template receives: the site model and how to write links. Links are written from
 * the path of {@code base_url}, so a site served under {@code /notes/} works as well as one at
 * the root.
 *
 * @param citationKeys each memo's BibTeX key by slug, computed once per build
 * @param stylesheets the site's own stylesheets, linked after the theme's, as site paths
 * @param related each memo's related memos, computed when first asked for
 * @param assets what the page being rendered links for its math and code ({@link PageAssets#NONE} but in
 *        the context of one page, {@link #forPage})
 * @param fragments the parts of pages rendered once for all the pages of this build
 */
public record RenderContext(Site site, String basePath, Map<String, String> citationKeys, List<String> stylesheets,
                            RelatedMemos related, PageAssets assets, Fragments fragments) {

    public static RenderContext of(Site site) {
        return of(site, site.config().theme().stylesheets(), null);
    }

    /**
     * @param stylesheets the site's own stylesheets
     * @param previous the last build's context, whose related memos are taken over where still valid; or null
     */
    public static RenderContext of(Site site, List<String> stylesheets, RenderContext previous) {
        Map<String, String> keys = previous != null && sameCitationInputs(previous.site(), site)
                ? previous.citationKeys() : citationKeys(site);
        return new RenderContext(site, basePath(site.config().baseUrl()), keys, List.copyOf(stylesheets),
                RelatedMemos.of(site.memos(), previous == null ? null : previous.related()), PageAssets.NONE, new Fragments());
    }

    /** The context of one page, which links {@code assets} in its head. */
    public RenderContext forPage(PageAssets assets) {
        return assets.equals(this.assets) ? this : new RenderContext(site, basePath, citationKeys, stylesheets, related, assets, fragments);
    }

    /** The path a site with this {@code base_url} lives under: "/", or "/notes/" for "https://jdoe.github.io/notes/". */
    public static String basePath(String baseUrl) {
        String path = baseUrl.equals("/") ? "/" : URI.create(baseUrl).getPath();
        return path.isEmpty() ? "/" : path;
    }

    /**
     * Whether the memos' citation keys are those of {@code before}: the same author and the same
     * memos, titles and dates, in order. serve settles the site after every save, and making every
     * memo's key again was 7 % of that at 4,000 memos.
     */
    private static boolean sameCitationInputs(Site before, Site site) {
        List<Memo> was = before.memos();
        List<Memo> now = site.memos();
        if (was.size() != now.size() || !MemoCitations.author(before.config()).equals(MemoCitations.author(site.config()))) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            Memo a = was.get(i);
            Memo b = now.get(i);
            if (!a.slug().equals(b.slug()) || !a.title().equals(b.title()) || !a.date().equals(b.date())) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> citationKeys(Site site) {
        List<CitationKeys.Keyed> oldestFirst = new ArrayList<>();
        for (int i = site.memos().size() - 1; i >= 0; i--) {   // memos are newest first
            Memo memo = site.memos().get(i);
            oldestFirst.add(new CitationKeys.Keyed(memo.slug(), memo.title(), memo.date()));
        }
        return CitationKeys.of(MemoCitations.author(site.config()), oldestFirst);
    }

    public SiteConfig config() {
        return site.config();
    }

    /** A link to a site path: "memos/x/" gives "/memos/x/" (or "/notes/memos/x/"). */
    public String href(String path) {
        return basePath + path;
    }

    /** The absolute URL of a site path, or empty when no {@code base_url} is set. */
    public String absolute(String path) {
        return config().baseUrl().equals("/") ? "" : config().baseUrl() + path;
    }
}
