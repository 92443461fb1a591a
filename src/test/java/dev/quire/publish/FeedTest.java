package dev.quire.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.quire.output.MemorySink;
import dev.quire.pipeline.BuildOptions;
import dev.quire.pipeline.SiteBuilder;
import dev.quire.testing.ExampleSite;
import dev.quire.testing.TestSites;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example site's feeds read by real parsers: the Atom feed by Rome's {@code SyndFeedInput},
 * the JSON Feed checked for every field its 1.1 spec requires.
 */
class FeedTest {
    private static Map<String, byte[]> site;
    private static List<String> memoPaths;

    @BeforeAll
    static void build() throws Exception {
        site = ExampleSite.build();
        memoPaths = site.keySet().stream().filter(p -> p.matches("memos/[^/]+/index\\.html"))
                .map(p -> "https://notes.example.org/" + p.replace("index.html", "")).sorted().toList();
    }

    @Test
    void atomFeedParsesWithRomeAndHoldsEveryMemo() throws Exception {
        SyndFeed feed = parse("feed.xml");
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Research notes");
        assertThat(feed.getLinks()).anySatisfy(link -> {
            assertThat(link.getRel()).isEqualTo("alternate");
            assertThat(link.getHref()).isEqualTo("https://notes.example.org/");
        });
        assertThat(feed.getEntries().stream().map(SyndEntry::getLink).sorted().toList()).isEqualTo(memoPaths);
        for (SyndEntry entry : feed.getEntries()) {
            assertThat(entry.getPublishedDate()).as(entry.getLink()).isNotNull();
            assertThat(entry.getContents()).as(entry.getLink()).hasSize(1);
            String html = entry.getContents().get(0).getValue();
            assertThat(html).as("full content of " + entry.getLink()).hasSizeGreaterThan(1000);
            assertThat(html).doesNotContain("href=\"/", "src=\"/", "katex-html");
        }
    }

    @Test
    void categoryFeedsHoldTheirMemosOnly() throws Exception {
        SyndFeed feed = parse("categories/optimization/feed.xml");
        assertThat(feed.getTitle()).isEqualTo("Optimization · Research notes");
        assertThat(feed.getEntries()).isNotEmpty().allSatisfy(entry -> assertThat(entry.getCategories())
                .anySatisfy(c -> assertThat(c.getName()).isEqualTo("optimization")));
        JsonNode json = json("categories/optimization/feed.json");
        assertThat(json.get("items")).hasSize(feed.getEntries().size());
    }

    @Test
    void jsonFeedHasEveryRequiredField() throws Exception {
        JsonNode feed = json("feed.json");
        assertThat(feed.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("title").asText()).isEqualTo("Research notes");
        assertThat(feed.get("feed_url").asText()).isEqualTo("https://notes.example.org/feed.json");
        assertThat(feed.get("home_page_url").asText()).isEqualTo("https://notes.example.org/");
        assertThat(feed.get("authors").get(0).get("name").asText()).isEqualTo("Clara Ashworth");
        TreeSet<String> urls = new TreeSet<>();
        for (JsonNode item : feed.get("items")) {
            assertThat(item.hasNonNull("id")).isTrue();
            assertThat(item.hasNonNull("content_html") || item.hasNonNull("content_text")).isTrue();
            assertThat(item.get("date_published").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*");
            urls.add(item.get("url").asText());
        }
        assertThat(List.copyOf(urls)).isEqualTo(memoPaths);
    }

    @Test
    void everyPageLinksToTheFeedsInItsHead() {
        List<String> pages = site.keySet().stream().filter(p -> p.endsWith(".html")).toList();
        assertThat(pages).hasSizeGreaterThan(20).allSatisfy(page -> assertThat(text(page))
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Research notes (Atom)\" href=\"/feed.xml\">")
                .contains("<link rel=\"alternate\" type=\"application/feed+json\" title=\"Research notes (JSON Feed)\" href=\"/feed.json\">"));
        assertThat(text("categories/optimization/index.html")).contains("href=\"/categories/optimization/feed.xml\"");
    }

    @Test
    void feedsSitemapAndRobotsAreListed() {
        assertThat(text("robots.txt")).isEqualTo("User-agent: *\nAllow: /\n\nSitemap: https://notes.example.org/sitemap.xml\n");
        String sitemap = text("sitemap.xml");
        for (String memo : memoPaths) {
            assertThat(sitemap).contains("<loc>" + memo + "</loc>");
        }
        assertThat(sitemap).contains("<loc>https://notes.example.org/</loc>").doesNotContain("404", "search/");
    }

    /** Without base_url there are no absolute addresses: no feeds, no sitemap, no links to them. */
    @Test
    void withoutBaseUrlNoFeedsOrSitemapAreWritten(@TempDir Path dir) throws Exception {
        TestSites.write(dir, """
                === quire.yml
                title: Notes
                === memos/2026-03-01-first.md
                ---
                title: First
                date: 2026-03-01
                category: Notes
                ---
                Text.
                """);
        MemorySink sink = new MemorySink();
        new SiteBuilder().build(new BuildOptions(dir, dir.resolve("_site"), false), sink);
        Map<String, byte[]> files = sink.files();
        assertThat(files).doesNotContainKeys("feed.xml", "feed.json", "sitemap.xml", "categories/notes/feed.xml")
                .containsKeys("robots.txt", "search/index.json", "search/docs/0.json");
        assertThat(new String(files.get("robots.txt"), StandardCharsets.UTF_8)).isEqualTo("User-agent: *\nAllow: /\n");
        assertThat(new String(files.get("memos/first/index.html"), StandardCharsets.UTF_8))
                .doesNotContain("application/atom+xml", "rel=\"canonical\"", "og:url").contains("\"@type\":\"BlogPosting\"");
    }

    private static SyndFeed parse(String path) throws Exception {
        return new SyndFeedInput().build(new InputStreamReader(new ByteArrayInputStream(site.get(path)), StandardCharsets.UTF_8));
    }

    private static JsonNode json(String path) throws Exception {
        return new ObjectMapper().readTree(site.get(path));
    }

    private static String text(String path) {
        assertThat(site).containsKey(path);
        return new String(site.get(path), StandardCharsets.UTF_8);
    }

}
