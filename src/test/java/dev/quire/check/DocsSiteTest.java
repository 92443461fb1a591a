package dev.quire.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.content.Memo;
import dev.quire.output.MemorySink;
import dev.quire.pipeline.BuildOptions;
import dev.quire.pipeline.BuildReport;
import dev.quire.pipeline.SiteBuilder;
import dev.quire.render.RenderContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Quire's documentation is a Quire site ({@code docs/}): it builds with no warning, every internal
 * link and anchor of its output resolves, and the README's links into it name files that exist.
 */
class DocsSiteTest {
    private static final Path DOCS = Path.of("docs");
    private static final List<String> CHAPTERS = List.of("start", "writing", "math", "citations", "configuration",
            "theme", "publishing", "serve", "check", "import", "performance", "architecture", "pages");

    @Test
    void theDocumentationBuildsAndEveryLinkResolves() throws Exception {
        MemorySink sink = new MemorySink();
        // the cache lives under target/, so the documentation's folder holds only its sources
        BuildReport report = new SiteBuilder().build(
                new BuildOptions(DOCS, DOCS.resolve("_site"), false, Path.of("target/docs-cache")), sink);
        assertThat(report.warnings()).isEmpty();
        assertThat(report.draftsLeftOut()).isEmpty();
        assertThat(report.site().memos()).extracting(Memo::slug).containsExactlyElementsOf(CHAPTERS);

        Map<String, byte[]> files = sink.files();
        OutputLinks links = OutputLinks.of(files, report.site().config().baseUrl(), RenderContext.of(report.site()).basePath());
        assertThat(links.broken()).isEmpty();
        assertThat(links.linkCount()).isGreaterThan(300);

        // the home page lists every chapter, in reading order, and no section it was told to hide
        String home = new String(files.get("index.html"), StandardCharsets.UTF_8);
        List<String> listed = all("<h3 class=\"archive-title\"><a href=\"/memos/([a-z]+)/\">", home);
        assertThat(listed).containsExactlyElementsOf(CHAPTERS);
        assertThat(home).doesNotContain("class=\"stats\"", "id=\"latest\"", "id=\"focus\"", "see-all");
    }

    @Test
    void theReadmeLinksToChaptersThatExist() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        List<String> targets = all("\\]\\((docs/[^)#\\s]+)", readme);
        assertThat(targets).hasSizeGreaterThanOrEqualTo(CHAPTERS.size());
        for (String target : targets) {
            assertThat(Path.of(target)).as("README links to " + target).exists();
        }
    }

    private static List<String> all(String regex, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
