package dev.quire.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.output.MemorySink;
import dev.quire.pipeline.BuildOptions;
import dev.quire.pipeline.SiteBuilder;
import dev.quire.testing.TestSites;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page weight, uncompressed, fonts excluded: the home page's HTML with the stylesheet and script
 * every page loads stays under 100 KB; a memo page without math, of a typical length, under 60 KB.
 */
class PageWeightTest {
    private static final int HOME_LIMIT = 100 * 1024;
    private static final int MEMO_LIMIT = 60 * 1024;

    @Test
    void homePageOfTheExampleSite() throws Exception {
        Path example = Path.of("example").toAbsolutePath();
        Map<String, byte[]> site = build(example);
        int weight = site.get("index.html").length + shared(site);
        System.out.println("page weight: home " + weight + " bytes (HTML " + site.get("index.html").length
                + ", CSS " + site.get("assets/quire.css").length + ", JS " + site.get("assets/quire.js").length + ")");
        assertThat(weight).isLessThanOrEqualTo(HOME_LIMIT);
    }

    @Test
    void memoPageWithoutMath(@TempDir Path dir) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int section = 1; section <= 6; section++) {
            body.append("## Section ").append(section).append("\n\n");
            for (int p = 0; p < 4; p++) {
                body.append("A paragraph of a typical memo, with a [link](https://example.org/paper) and some *emphasis*, "
                        + "long enough to carry the argument of one step: the setup, the number that came out, and why it "
                        + "matters for the question the memo asks.");
                // one footnote a section, as memos have a handful (each is also shown as a margin note)
                body.append(p == 0 ? "[^n" + section + "]\n\n[^n" + section + "]: The run behind this number.\n\n" : "\n\n");
            }
            body.append("| size | loss |\n|---:|---:|\n| 125M | 3.12 |\n| 350M | 2.91 |\n\n```python\nprint(1)\n```\n\n");
        }
        TestSites.write(dir, """
                === quire.yml
                title: Notes
                author: Ada Example
                base_url: https://notes.example.org/
                === memos/2026-03-01-plain.md
                ---
                title: A memo without math
                date: 2026-03-01
                category: Notes
                tags: [Plain, Text]
                description: Words, a table and a code block; no formula.
                ---
                """ + body);
        Map<String, byte[]> site = build(dir);
        byte[] page = site.get("memos/plain/index.html");
        assertThat(new String(page)).doesNotContain("class=\"math").contains("<table>");
        int weight = page.length + shared(site);
        System.out.println("page weight: memo without math (" + body.toString().split("\\s+").length + " words) "
                + weight + " bytes (HTML " + page.length + ")");
        assertThat(weight).isLessThanOrEqualTo(MEMO_LIMIT);
    }

    /** What every page loads besides itself and the fonts. */
    private static int shared(Map<String, byte[]> site) {
        return site.get("assets/quire.css").length + site.get("assets/quire.js").length;
    }

    private static Map<String, byte[]> build(Path dir) throws Exception {
        MemorySink sink = new MemorySink();
        new SiteBuilder().build(new BuildOptions(dir, dir.resolve("_site"), false), sink);
        return sink.files();
    }
}
