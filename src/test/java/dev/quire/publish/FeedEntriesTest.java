package dev.quire.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedOutput;
import dev.quire.content.Memo;
import dev.quire.content.Site;
import dev.quire.json.Json;
import dev.quire.pipeline.BuildOptions;
import dev.quire.pipeline.Pipeline;
import dev.quire.pipeline.PipelineResult;
import dev.quire.testing.TestSites;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed written from entries printed one memo at a time ({@link AtomFeed#entry},
 * {@link JsonFeed#item}) holds the bytes of the same feed printed whole by Rome and JDOM, or by
 * Jackson, over text that escaping treats specially: markup, ampersands and quotes, characters
 * outside the Basic Plane (which JDOM writes as character references), tabs, category names
 * with quotes, a memo with no summary and one with no category.
 */
class FeedEntriesTest {
    @TempDir
    static Path dir;
    private static Site site;

    @BeforeAll
    static void model() throws Exception {
        TestSites.write(dir, """
                === quire.yml
                title: "Notes & \\"drafts\\" <1>"
                author: "A. Writer"
                tagline: "Tabs\\tand 😀 emoji"
                base_url: "https://example.org/notes/"
                === memos/one.md
                ---
                title: "Why is <b> & \\"quoted\\" 😀 text escaped?"
                date: 2026-01-02
                category: "Q&A \\"tests\\""
                tags: ["a&b", "emoji 😀"]
                summary: "A summary with <tags>, & and 𝔼 (outside the Basic Plane)."
                ---
                Body with `<code> & "quotes"`, 😀, a tab:\there, and a [link](two/).

                | a | b |
                |---|---|
                | 𝔼 | & |
                === memos/two.md
                ---
                title: "Second memo"
                date: 2026-01-03
                ---
                No summary, no category. Math-free, but ]]> and &amp; stay text.
                """);
        PipelineResult result = Pipeline.inMemory(new BuildOptions(dir, dir.resolve("_site"), false)).model();
        assertThat(result.ok()).as(result.problems().toString()).isTrue();
        site = result.site();
    }

    @Test
    void anAtomFeedOfPrintedEntriesIsTheFeedPrintedWhole() throws Exception {
        SiteUrls urls = SiteUrls.of(site.config());
        FeedBodies bodies = new FeedBodies(urls);
        FeedSpec spec = FeedSpec.site(site.config(), site.memos());
        assertThat(spec.memos()).hasSize(2);

        Feed whole = AtomFeed.header(spec, site.config(), urls);
        List<Entry> entries = new ArrayList<>();
        spec.memos().forEach(m -> entries.add(AtomFeed.entryOf(m, urls, bodies)));
        whole.setEntries(entries);
        StringWriter printed = new StringWriter();
        new WireFeedOutput().output(whole, printed, true);

        List<String> printedEntries = spec.memos().stream().map(m -> AtomFeed.entry(m, bodies)).toList();
        String feed = new String(AtomFeed.write(spec, site.config(), urls, printedEntries), StandardCharsets.UTF_8);
        assertThat(feed).isEqualTo(printed.toString());
        assertThat(feed).contains("&#x1f600;", "Q&amp;A &quot;tests&quot;", "&lt;b&gt; &amp;");
    }

    @Test
    void aJsonFeedOfWrittenItemsIsTheFeedWrittenWhole() throws Exception {
        SiteUrls urls = SiteUrls.of(site.config());
        FeedBodies bodies = new FeedBodies(urls);
        FeedSpec spec = FeedSpec.site(site.config(), site.memos());
        List<String> items = spec.memos().stream().map(m -> JsonFeed.item(m, bodies)).toList();
        String feed = new String(JsonFeed.write(spec, site.config(), urls, items), StandardCharsets.UTF_8);

        // the same feed as one tree of plain data, written at once
        @SuppressWarnings("unchecked")
        Map<String, Object> whole = new ObjectMapper().readValue(feed, LinkedHashMap.class);
        String written = new String(Json.file(whole, true, 1024), StandardCharsets.UTF_8);
        assertThat(feed).isEqualTo(written);
        assertThat(feed).contains("\n  \"items\" : [ {\n    \"id\" : ", "\\uD83D\\uDE00").doesNotContain("\r", "😀");
        for (Memo memo : spec.memos()) {
            assertThat(feed).contains("\"id\" : \"" + urls.of(memo.path()) + "\"");
        }
    }
}
