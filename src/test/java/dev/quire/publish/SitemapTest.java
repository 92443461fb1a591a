package dev.quire.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sitemap protocol's two documents, and the split past 50,000 addresses. */
class SitemapTest {
    private static final SiteUrls URLS = new SiteUrls("https://notes.example.org/");

    @Test
    void urlSetWithDatesForMemos() {
        String xml = new String(Sitemap.write(URLS, List.of(new Sitemap.Page("", null),
                new Sitemap.Page("memos/a&b/", "2026-03-01"))), StandardCharsets.UTF_8);
        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://notes.example.org/</loc></url>
                  <url><loc>https://notes.example.org/memos/a&amp;b/</loc><lastmod>2026-03-01</lastmod></url>
                </urlset>
                """);
    }

    @Test
    void moreThanFiftyThousandPagesMakeAnIndexOfParts() {
        assertThat(Sitemap.parts(1)).isEqualTo(1);
        assertThat(Sitemap.parts(50_000)).isEqualTo(1);
        assertThat(Sitemap.parts(50_001)).isEqualTo(2);
        String xml = new String(Sitemap.index(URLS, 2), StandardCharsets.UTF_8);
        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://notes.example.org/sitemap-1.xml</loc></sitemap>
                  <sitemap><loc>https://notes.example.org/sitemap-2.xml</loc></sitemap>
                </sitemapindex>
                """);
    }
}
