package dev.quire.render;

import dev.quire.config.SiteConfig;
import dev.quire.content.Site;
import java.net.URI;
import java.util.Map;

/**
 * What every template receives: the site model and how to write links. Links are written from
 * the path of {@code base_url}, so a site served under {@code /notes/} works as well as one at
 * the root.
 *
 * @param citationKeys each memo's BibTeX key by slug, computed once per build
 */
public record Ctx(Site site, String basePath, Map<String, String> citationKeys) {

    public static Ctx of(Site site) {
        String base = site.config().baseUrl();
        String path = base.equals("/") ? "/" : URI.create(base).getPath();
        return new Ctx(site, path.isEmpty() ? "/" : path, CitationKeys.of(site));
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
