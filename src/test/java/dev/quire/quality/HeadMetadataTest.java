package dev.quire.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.testing.ExampleSite;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What search engines and link previews read from a page's head, on the example site. */
class HeadMetadataTest {
    private static Map<String, byte[]> site;

    @BeforeAll
    static void build() throws Exception {
        site = ExampleSite.build();
    }

    @Test
    void memoPageIsABlogPostingWithCanonicalOpenGraphAndTwitterTags() throws Exception {
        Document page = page("memos/warmup-stabilizes-adam/index.html");
        String url = "https://notes.example.org/memos/warmup-stabilizes-adam/";
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(url);
        assertThat(meta(page, "property", "og:type")).isEqualTo("article");
        assertThat(meta(page, "property", "og:title")).isEqualTo("Why learning-rate warmup stabilizes Adam");
        assertThat(meta(page, "property", "og:url")).isEqualTo(url);
        assertThat(meta(page, "property", "og:description")).isEqualTo(meta(page, "name", "description")).isNotEmpty();
        assertThat(meta(page, "property", "article:published_time")).isEqualTo("2026-02-03T00:00:00Z");
        assertThat(meta(page, "name", "twitter:card")).isEqualTo("summary");
        JsonNode ld = new ObjectMapper().readTree(page.select("script[type=application/ld+json]").first().data());
        assertThat(ld.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").asText()).isEqualTo("BlogPosting");
        assertThat(ld.get("headline").asText()).isEqualTo("Why learning-rate warmup stabilizes Adam");
        assertThat(ld.get("author").get("name").asText()).isEqualTo("Clara Ashworth");
        assertThat(ld.get("datePublished").asText()).isEqualTo("2026-02-03T00:00:00Z");
        assertThat(ld.get("mainEntityOfPage").asText()).isEqualTo(url);
    }

    @Test
    void homePageIsAWebSiteAndEveryPageHasTheFavicon() throws Exception {
        Document home = page("index.html");
        assertThat(meta(home, "property", "og:type")).isEqualTo("website");
        JsonNode ld = new ObjectMapper().readTree(home.select("script[type=application/ld+json]").first().data());
        assertThat(ld.get("@type").asText()).isEqualTo("WebSite");
        assertThat(ld.get("url").asText()).isEqualTo("https://notes.example.org/");
        assertThat(site.keySet().stream().filter(p -> p.endsWith(".html")))
                .allSatisfy(p -> assertThat(page(p).select("link[rel=icon][type=image/svg+xml]").attr("href")).isEqualTo("/favicon.svg"));
        assertThat(new String(site.get("favicon.svg"), StandardCharsets.UTF_8)).contains(">CA</text>");
    }

    private static Document page(String path) {
        return Jsoup.parse(new String(site.get(path), StandardCharsets.UTF_8));
    }

    private static String meta(Document page, String attribute, String name) {
        return page.select("meta[" + attribute + "=" + name + "]").attr("content");
    }
}
