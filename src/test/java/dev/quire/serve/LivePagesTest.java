package dev.quire.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.diag.BuildFailedException;
import dev.quire.output.MemorySink;
import dev.quire.pipeline.BuildOptions;
import dev.quire.pipeline.SiteBuilder;
import dev.quire.serve.LiveSite.Outcome;
import dev.quire.testing.SiteFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} and the pages of {@code pages/}: a saved page is rendered again alone, a new
 * title or a new page reaches every page's menu, a series follows its memos, and after each edit
 * what is served is exactly what a full build writes.
 */
class LivePagesTest {
    private static final Path FIXTURE = Path.of("src/test/resources/sites/custom");

    @TempDir
    Path dir;

    Path site;
    LiveSite live;

    @BeforeEach
    void copyFixture() throws IOException {
        site = dir.resolve("site");
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = site.resolve(FIXTURE.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        live = new LiveSite(new BuildOptions(site, site.resolve("_site"), false));
        assertThat(live.buildAll().ok()).isTrue();
    }

    @Test
    void aPagesBodyRendersThatPageAlone() throws IOException {
        Path about = site.resolve("pages/about.md");
        SiteFiles.edit(about, "I study how", "I measure how");
        Outcome out = live.update(List.of(about));
        assertThat(out.ok()).as(out.problems().toString()).isTrue();
        assertThat(out.full()).isFalse();
        assertThat(out.changed()).containsExactly("about/index.html");
        assertThat(page("about/index.html")).contains("I measure how");
        assertSameAsFullBuild();
    }

    @Test
    void aPagesTitleOrANewPageReachesEveryMenu() throws IOException {
        Path cv = site.resolve("pages/cv.md");
        SiteFiles.edit(cv, "title: CV", "title: Curriculum vitae");
        Outcome out = live.update(List.of(cv));
        assertThat(out.ok()).as(out.problems().toString()).isTrue();
        assertThat(out.changed()).contains("cv/index.html", "index.html", "memos/power-laws/index.html");
        assertThat(page("archive/index.html")).contains(">Curriculum vitae</a>");
        assertSameAsFullBuild();

        Path talks = site.resolve("pages/talks.md");
        Files.writeString(talks, "---\ntitle: Talks\n---\nNone yet.\n");
        SiteFiles.edit(site.resolve("quire.yml"), "  - cv\n", "  - cv\n  - talks\n");
        out = live.update(List.of(talks, site.resolve("quire.yml")));
        assertThat(out.ok()).as(out.problems().toString()).isTrue();
        assertThat(page("index.html")).contains("href=\"/talks/\"");
        assertSameAsFullBuild();

        Files.delete(talks);
        out = live.update(List.of(talks));
        assertThat(out.ok()).isFalse(); // the menu still names it
        assertThat(out.problems().get(0).message()).isEqualTo("the menu names 'talks', which is no page of the site");
        assertThat(live.files()).containsKey("talks/index.html");
    }

    @Test
    void aSeriesFollowsItsMemos() throws IOException {
        Path part3 = SiteFiles.memo(site, "repeat-epochs");
        SiteFiles.edit(part3, "series: Scaling laws, step by step\n", "");
        Outcome out = live.update(List.of(part3));
        assertThat(out.ok()).as(out.problems().toString()).isTrue();
        assertThat(out.changed()).contains("series/scaling-laws-step-by-step/index.html", "memos/data-limited/index.html",
                "memos/power-laws/index.html");
        assertThat(page("memos/power-laws/index.html")).contains("Part 1 of 2 in the series");
        assertSameAsFullBuild();
    }

    private String page(String path) {
        return new String(live.files().get(path), StandardCharsets.UTF_8);
    }

    private void assertSameAsFullBuild() {
        MemorySink sink = new MemorySink();
        try {
            new SiteBuilder().build(new BuildOptions(site, site.resolve("_site"), false), sink);
        } catch (BuildFailedException e) {
            throw new AssertionError(e.problems().toString());
        }
        Map<String, String> expected = new TreeMap<>();
        sink.files().forEach((k, v) -> expected.put(k, new String(v, StandardCharsets.ISO_8859_1)));
        Map<String, String> actual = new TreeMap<>();
        live.files().forEach((k, v) -> actual.put(k, new String(v, StandardCharsets.ISO_8859_1)));
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
    }
}
