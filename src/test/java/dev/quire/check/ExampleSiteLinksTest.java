package dev.quire.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.output.MemorySink;
import dev.quire.pipeline.BuildOptions;
import dev.quire.pipeline.BuildReport;
import dev.quire.pipeline.SiteBuilder;
import dev.quire.render.RenderContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The crawler: every internal link and anchor of the example site's full output resolves. */
class ExampleSiteLinksTest {
    private static final Path EXAMPLE = Path.of("example");

    @Test
    void everyInternalLinkAndAnchorResolves() throws Exception {
        MemorySink sink = new MemorySink();
        BuildReport report = new SiteBuilder().build(new BuildOptions(EXAMPLE, EXAMPLE.resolve("_site"), true), sink);
        Map<String, byte[]> files = sink.files();
        OutputLinks links = OutputLinks.of(files, report.site().config().baseUrl(), RenderContext.of(report.site()).basePath());

        assertThat(links.broken()).isEmpty();
        assertThat(links.pageCount()).isEqualTo(files.keySet().stream().filter(p -> p.endsWith(".html")).count());
        assertThat(links.linkCount()).isGreaterThan(500);
        // the ledger is among the pages crawled, and links into memos by their open-question anchors
        assertThat(new String(files.get("open-questions/index.html"), StandardCharsets.UTF_8))
                .contains("#open-question-3\"");
    }

    @Test
    void theCrawlerSeesABrokenAnchor() {
        Map<String, byte[]> files = Map.of(
                "index.html", "<a href=\"a/#there\">a</a> <a href=\"a/#nowhere\">b</a> <a href=\"https://example.org/x\">c</a>"
                        .getBytes(StandardCharsets.UTF_8),
                "a/index.html", "<h2 id=\"there\">There</h2>".getBytes(StandardCharsets.UTF_8));
        assertThat(OutputLinks.of(files, "/", "/").broken())
                .extracting(OutputLinks.Broken::target, OutputLinks.Broken::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a/#nowhere", "no element with id 'nowhere' on /a/"));
    }

    @Test
    void aSiteUnderASubPathResolvesItsLinksFromThere() {
        Map<String, byte[]> files = Map.of(
                "index.html", ("<link rel=\"canonical\" href=\"https://x.org/notes/\">"
                        + "<a href=\"/notes/a/\">a</a> <a href=\"/a/\">b</a> <a href=\"https://x.org/notes/b/\">c</a>")
                        .getBytes(StandardCharsets.UTF_8),
                "a/index.html", "<p>a</p>".getBytes(StandardCharsets.UTF_8));
        assertThat(OutputLinks.of(files, "https://x.org/notes/", "/notes/").broken())
                .extracting(OutputLinks.Broken::target, OutputLinks.Broken::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/a/", "/a/ is outside the site, which lives under /notes/"),
                        org.assertj.core.groups.Tuple.tuple("https://x.org/notes/b/", "no page or file at /notes/b/"));
    }
}
