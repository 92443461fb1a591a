package dev.quire.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.output.MemorySink;
import dev.quire.pipeline.BuildOptions;
import dev.quire.pipeline.SiteBuilder;
import dev.quire.testing.TestSites;
import dev.quire.testing.TestSites.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The home page's settings ({@code home:}, {@code focus:}) and the archive by year, through whole builds. */
class HomePageTest {
    private static final String THEMES = "Adam, Warmup, Weight decay, Probing, Scaling, Grokking, Attention, Tokenizers, "
            + "Sparsity, Pruning, Distillation, Calibration, Ensembles, Dropout, Batch size, Momentum, "
            + "Learning rate, Initialization, Normalization";

    @TempDir
    Path dir;

    /** A site of {@code n} memos, one a day from 2025-12-20, memo i tagged with theme i mod 19, every one asking a question. */
    private Map<String, byte[]> build(String settings, int n) throws Exception {
        StringBuilder spec = new StringBuilder("=== quire.yml\ntitle: Notes\nauthor: Ada Example\n" + settings + "\n");
        String[] themes = THEMES.split(", ");
        for (int i = 0; i < n; i++) {
            String date = java.time.LocalDate.of(2025, 12, 20).plusDays(i).toString();
            spec.append("=== memos/").append(date).append("-m").append(i).append(".md\n---\ntitle: Memo ").append(i)
                    .append("\ndate: ").append(date).append("\ncategory: Optimization\ntags: [").append(themes[i % themes.length])
                    .append("]\nquestion: what memo ").append(i).append(" asks.\n---\nBody ").append(i).append(".\n");
        }
        TestSites.write(dir, spec.toString());
        MemorySink sink = new MemorySink();
        new SiteBuilder().build(new BuildOptions(dir, dir.resolve("_site"), false, null), sink);
        return sink.files();
    }

    private static String page(Map<String, byte[]> files, String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    /** The text of the home section with this id. */
    private static String section(String home, String id) {
        int start = home.indexOf("<section id=\"" + id + "\"");
        assertThat(start).as("section " + id).isNotNegative();
        return home.substring(start, home.indexOf("</section>", start));
    }

    private static List<String> all(String regex, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void aSmallSiteShowsEveryThemeUnderRecentFocus() throws Exception {
        String home = page(build("", 27), "index.html");
        List<String> shown = all("<a class=\"tag\" href=\"/tags/([a-z-]+)/\">", section(home, "focus"));
        assertThat(shown).hasSize(19).contains("adam", "normalization", "weight-decay", "batch-size");
        // the eight most used first: themes 0 to 7 have two memos each among the 27
        assertThat(shown.subList(0, 8)).containsExactlyInAnyOrder("adam", "warmup", "weight-decay", "probing",
                "scaling", "grokking", "attention", "tokenizers");
    }

    @Test
    void recentFocusWindowAndCountAreSettings() throws Exception {
        String home = page(build("home:\n  recent_focus: {window: 5, count: 3}\n", 27), "index.html");
        // the five newest memos are 26..22: themes 7, 6, 5, 4, 3, one memo each; the three newest win the tie
        assertThat(all("<a class=\"tag\" href=\"/tags/([a-z-]+)/\">", section(home, "focus")))
                .containsExactly("tokenizers", "attention", "grokking");

        String every = page(build("home:\n  recent_focus: {window: all, count: all}\n", 60), "index.html");
        assertThat(all("<a class=\"tag\" href=\"/tags/([a-z-]+)/\">", section(every, "focus"))).hasSize(19);
    }

    @Test
    void sectionsCanBeHiddenAndReordered() throws Exception {
        String home = page(build("home:\n  sections: [latest, identity, topic_log]\nformat:\n  - {title: One, text: Two}\n", 3),
                "index.html");
        assertThat(home.indexOf("<section id=\"latest\"")).isLessThan(home.indexOf("<h1 id=\"hero-title\""));
        assertThat(home.indexOf("<h1 id=\"hero-title\"")).isLessThan(home.indexOf("<section id=\"topic-log\""));
        assertThat(home).doesNotContain("class=\"stats\"", "id=\"format\"", "id=\"focus\"", "id=\"archive\"",
                "hero-more", "visually-hidden\">Notes</h1>");

        String noIdentity = page(build("home:\n  sections: [stats, archive]\n", 3), "index.html");
        // the page keeps one heading of the first rank for screen readers and outlines
        assertThat(noIdentity).contains("<h1 class=\"visually-hidden\">Notes</h1>")
                .doesNotContain("hero-title", "id=\"latest\"", "id=\"topic-log\"");
        assertThat(noIdentity.indexOf("class=\"stats\"")).isLessThan(noIdentity.indexOf("<section id=\"archive\""));
    }

    @Test
    void theHomeListsShowTheNewestTenAndLinkToTheFullPages() throws Exception {
        Map<String, byte[]> files = build("", 27);
        String home = page(files, "index.html");
        String archive = section(home, "archive");
        assertThat(all("<h3 class=\"archive-title\"><a href=\"/memos/(m\\d+)/\">", archive))
                .containsExactly("m26", "m25", "m24", "m23", "m22", "m21", "m20", "m19", "m18", "m17");
        assertThat(archive).contains("<p class=\"see-all\"><a href=\"/archive/\">All 27 memos in the archive →</a></p>");
        String log = section(home, "topic-log");
        assertThat(all("<a class=\"log-question\" href=\"/memos/(m\\d+)/\">", log)).hasSize(10).startsWith("m26");
        assertThat(log).contains("<p class=\"see-all\"><a href=\"/topic-log/\">All 27 questions in the topic log →</a></p>");
        // the full pages hold every memo
        assertThat(all("<h3 class=\"archive-title\"><a href=\"/memos/(m\\d+)/\">", page(files, "archive/index.html"))).hasSize(27);
        assertThat(all("<a class=\"log-question\" href=\"/memos/(m\\d+)/\">", page(files, "topic-log/index.html"))).hasSize(27);

        String short2 = page(build("home:\n  archive: 2\n  topic_log: all\n", 27), "index.html");
        assertThat(all("<h3 class=\"archive-title\"><a href=\"/memos/(m\\d+)/\">", section(short2, "archive")))
                .containsExactly("m26", "m25");
        assertThat(all("<a class=\"log-question\" href=\"/memos/(m\\d+)/\">", section(short2, "topic-log"))).hasSize(27);
        assertThat(section(short2, "topic-log")).doesNotContain("see-all");
    }

    @Test
    void theArchiveGroupsMemosByYearNewestFirst() throws Exception {
        String archive = page(build("", 15), "archive/index.html");
        // one a day from 2025-12-20: twelve in 2025, three in 2026
        assertThat(archive).contains("""
                <section class="archive-year" aria-labelledby="year-2026">
                <h2 id="year-2026" class="archive-year-title">2026 <span class="archive-year-count">3 memos</span></h2>
                <ol class="archive-list">""", """
                <section class="archive-year" aria-labelledby="year-2025">
                <h2 id="year-2025" class="archive-year-title">2025 <span class="archive-year-count">12 memos</span></h2>""");
        assertThat(archive.indexOf("id=\"year-2026\"")).isLessThan(archive.indexOf("/memos/m14/"))
                .isLessThan(archive.indexOf("id=\"year-2025\""));
        assertThat(archive.indexOf("id=\"year-2025\"")).isLessThan(archive.indexOf("/memos/m11/"));
    }

    @Test
    void focusAreasLinkToTheTagOrCategoryWithTheSameSlug() throws Exception {
        String home = page(build("focus: [weight decay, OPTIMIZATION, \" Batch-Size \", Unknown area]\n", 19), "index.html");
        assertThat(home).contains("<p class=\"focus-areas\"><span class=\"focus-label\">Focus</span> "
                + "<a class=\"focus-item\" href=\"/tags/weight-decay/\">weight decay</a><span class=\"sep\" aria-hidden=\"true\"> · </span>"
                + "<a class=\"focus-item\" href=\"/categories/optimization/\">OPTIMIZATION</a><span class=\"sep\" aria-hidden=\"true\"> · </span>"
                + "<a class=\"focus-item\" href=\"/tags/batch-size/\"> Batch-Size </a><span class=\"sep\" aria-hidden=\"true\"> · </span>"
                + "<span class=\"focus-item\">Unknown area</span></p>");
    }

    @Test
    void anUnknownOrRepeatedSectionIsAnErrorAtItsPlace() throws Exception {
        TestSites.write(dir, "=== quire.yml\ntitle: Notes\nhome:\n  sections: [identity, focuss, latest, latest]\n  archive: 0\n"
                + "  recent_focus: {window: many}\n"
                + "=== memos/a.md\n---\ntitle: A\ndate: 2026-01-01\n---\nBody.\n");
        Run run = TestSites.quire("build", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("""
                quire.yml:3:24: error: unknown home section 'focuss'
                  3 |   sections: [identity, focuss, latest, latest]
                    |                        ^
                  hint: did you mean 'focus'?
                quire.yml:3:40: error: home section 'latest' is listed twice
                  3 |   sections: [identity, focuss, latest, latest]
                    |                                        ^
                  hint: list each section once, in the order the home page shows them
                quire.yml:4:12: error: 'archive' must be a positive whole number
                  4 |   archive: 0
                    |            ^
                  hint: for example 'archive: 7'
                quire.yml:5:26: error: 'window' must be a positive whole number
                  5 |   recent_focus: {window: many}
                    |                          ^
                  hint: for example 'window: 7'
                build failed: 4 errors; nothing was written
                """);
    }
}
