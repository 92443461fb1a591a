package dev.quire.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.diag.BuildFailedException;
import dev.quire.output.MemorySink;
import dev.quire.pipeline.BuildOptions;
import dev.quire.pipeline.SiteBuilder;
import dev.quire.serve.LiveSite.Outcome;
import dev.quire.testing.ExampleSite;
import dev.quire.testing.SiteFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-memory site {@code serve} keeps: after every kind of edit, what it serves is exactly
 * what a full build of the same files writes, and it renders only the files the edit touches.
 */
class LiveSiteTest {
    @TempDir
    Path dir;

    Path site;
    LiveSite live;

    @BeforeEach
    void copyExample() throws IOException {
        site = dir.resolve("site");
        ExampleSite.copyTo(site);
        live = new LiveSite(new BuildOptions(site, site.resolve("_site"), false));
        Outcome first = live.buildAll();
        assertThat(first.ok()).isTrue();
        assertThat(first.full()).isTrue();
        assertSameAsFullBuild();
    }

    @Test
    void aBodyEditRendersTheMemosPageFirstThenWhatElseShowsItsBody() throws IOException {
        Path memo = memo("warmup-stabilizes-adam");
        edit(memo, "Almost every transformer recipe", "Nearly every transformer recipe");
        // as sed -i saves: a temporary file beside the memo, renamed over it
        Outcome out = live.update(List.of(site.resolve("memos/sedX1b2c3"), memo));
        assertThat(out.ok()).isTrue();
        assertThat(out.full()).isFalse();
        assertThat(out.settled()).isFalse();
        assertThat(out.rendered()).isEqualTo(1);
        assertThat(out.changed()).containsExactly("memos/warmup-stabilizes-adam/index.html");
        assertThat(out.summary()).matches("rebuilt 1 page in \\d+ ms");
        assertThat(page("memos/warmup-stabilizes-adam/index.html")).contains("Nearly every transformer recipe");

        Outcome rest = live.settle();
        assertThat(rest.ok()).isTrue();
        assertThat(rest.changed()).doesNotContain("memos/warmup-stabilizes-adam/index.html", "index.html", "archive/index.html")
                .anyMatch(p -> p.startsWith("search/"));
        assertThat(rest.rendered()).isLessThan(live.files().size() / 2);
        assertSameAsFullBuild();
        assertThat(live.settle().rendered()).isZero();
    }

    @Test
    void aTitleEditRendersTheListsAndTheNeighboursButNotEveryMemo() throws IOException {
        Path memo = memo("probe-control-tasks");
        edit(memo, "title: \"", "title: \"Renamed: ");
        Outcome out = apply(List.of(memo));
        assertThat(out.ok()).isTrue();
        // the home page shows only the newest memos (ten of the archive, seven under Latest), and
        // this one is older: its new title reaches the archive, not the home page
        assertThat(out.changed()).contains("archive/index.html", "memos/probe-control-tasks/index.html")
                .doesNotContain("index.html", "404.html", "assets/quire.css");
        assertThat(out.rendered()).isLessThan(live.files().size() / 2);
        assertSameAsFullBuild();
    }

    @Test
    void datesCategoriesTagsAndDraftsReorderAndRegroup() throws IOException {
        Path a = memo("grokking-delay-weight-decay");
        edit(a, "date: 2026-03-09", "date: 2026-08-30");
        assertThat(apply(List.of(a)).ok()).isTrue();
        assertSameAsFullBuild();

        Path b = memo("seeds-for-one-point-gain");
        String text = Files.readString(b);
        Files.writeString(b, text.replaceFirst("category: .*", "category: Brand New Category")
                .replaceFirst("tags: \\[", "tags: [fresh-theme, "));
        Outcome out = apply(List.of(b));
        assertThat(out.ok()).isTrue();
        assertThat(out.changed()).contains("categories/brand-new-category/index.html", "tags/fresh-theme/index.html");
        assertSameAsFullBuild();

        edit(b, "---\n", "---\ndraft: true\n");
        assertThat(apply(List.of(b)).changed()).contains("categories/brand-new-category/index.html");
        assertThat(live.files()).doesNotContainKey("memos/seeds-for-one-point-gain/index.html");
        assertSameAsFullBuild();
    }

    @Test
    void anAnswerLinksTwoMemosPagesAndTheLedger() throws IOException {
        Path answering = memo("mup-learning-rate-transfer");
        edit(answering, "---\n", "---\nanswers: [warmup-stabilizes-adam#1]\n");
        Outcome out = apply(List.of(answering));
        assertThat(out.ok()).as(out.problems().toString()).isTrue();
        assertThat(out.changed()).contains("memos/warmup-stabilizes-adam/index.html", "memos/mup-learning-rate-transfer/index.html",
                "open-questions/index.html");
        assertSameAsFullBuild();

        Path asking = memo("warmup-stabilizes-adam");
        String text = Files.readString(asking);
        int at = text.indexOf("## Open questions");
        int item = text.indexOf("\n- ", at) + 3;
        Files.writeString(asking, text.substring(0, item) + "Reworded: " + text.substring(item));
        out = apply(List.of(asking));
        assertThat(out.changed()).contains("memos/mup-learning-rate-transfer/index.html", "open-questions/index.html");
        assertSameAsFullBuild();
    }

    @Test
    void aLinkBetweenMemosAddsAndRemovesABacklinkAndCitationsFollowTheBibliography() throws IOException {
        Path from = memo("attention-sink-formation");
        edit(from, "## Setup", "Timing matters here too, as in [[induction-head-timing-seeds]] [@olsson2022induction].\n\n## Setup");
        Outcome out = apply(List.of(from));
        assertThat(out.ok()).as(out.problems().toString()).isTrue();
        assertThat(out.changed()).contains("memos/induction-head-timing-seeds/index.html");
        assertThat(page("memos/induction-head-timing-seeds/index.html")).contains("Referenced by", "/memos/attention-sink-formation/");
        assertSameAsFullBuild();

        edit(from, " as in [[induction-head-timing-seeds]]", "");
        assertThat(apply(List.of(from)).changed()).contains("memos/induction-head-timing-seeds/index.html");
        assertThat(page("memos/induction-head-timing-seeds/index.html")).doesNotContain("Referenced by");
        assertSameAsFullBuild();

        Path bib = site.resolve("references.bib");
        edit(bib, "Efficient Streaming Language Models with Attention Sinks", "Efficient Streaming Language Models With Sinks");
        Outcome rebuilt = apply(List.of(bib));
        assertThat(rebuilt.full()).isTrue();
        assertThat(page("memos/attention-sink-formation/index.html")).contains("Efficient Streaming Language Models With Sinks");
        assertSameAsFullBuild();
    }

    @Test
    void memosComeAndGoAsFilesAndBundles() throws IOException {
        Path added = site.resolve("memos/2026-09-01-a-new-question.md");
        Files.writeString(added, "---\ntitle: A new question\ndate: 2026-09-01\ncategory: Optimization\n"
                + "question: whether this shows up at once.\n---\nA body.\n");
        assertThat(apply(List.of(added)).changed()).contains("memos/a-new-question/index.html", "index.html");
        assertSameAsFullBuild();

        Files.delete(added);
        assertThat(apply(List.of(added)).changed()).contains("memos/a-new-question/index.html");
        assertThat(live.files()).doesNotContainKey("memos/a-new-question/index.html");
        assertSameAsFullBuild();

        Path bundle = site.resolve("memos/lr-schedule-cooldown");
        Path figure;
        try (Stream<Path> files = Files.list(bundle)) {
            figure = files.filter(f -> !f.getFileName().toString().equals("index.md")).findFirst().orElseThrow();
        }
        Files.write(figure, new byte[] {1, 2, 3});
        Outcome out = apply(List.of(figure));
        // the page changes too: its figure's width and height come from the file
        assertThat(out.changed()).contains("memos/lr-schedule-cooldown/" + figure.getFileName(), "memos/lr-schedule-cooldown/index.html");
        assertSameAsFullBuild();
    }

    @Test
    void staticFilesAndSettings() throws IOException {
        Path css = site.resolve("static/extra.css");
        Files.createDirectories(css.getParent());
        Files.writeString(css, "body { color: red }\n");
        assertThat(apply(List.of(css.getParent(), css)).changed()).containsExactly("extra.css");
        Files.writeString(css, "body { color: blue }\n");
        Outcome out = apply(List.of(css));
        assertThat(out.full()).isFalse();
        assertThat(out.changed()).containsExactly("extra.css");
        assertSameAsFullBuild();

        Path config = site.resolve("quire.yml");
        edit(config, "title: Research notes", "title: Research notebook");
        out = apply(List.of(config));
        assertThat(out.full()).isTrue();
        assertThat(out.changed()).contains("index.html", "404.html");
        assertSameAsFullBuild();
    }

    @Test
    void aBrokenMemoKeepsTheLastGoodBuildUntilItIsFixed() throws IOException {
        Map<String, byte[]> good = live.files();
        Path memo = memo("attention-sink-formation");
        String text = Files.readString(memo);
        Files.writeString(memo, text.replaceFirst("category: .*", "category: [A, B]"));
        Outcome broken = apply(List.of(memo));
        assertThat(broken.ok()).isFalse();
        assertThat(broken.problems()).anySatisfy(p -> {
            assertThat(p.location()).startsWith("memos/2026-04-28-attention-sink-formation.md:");
            assertThat(p.isError()).isTrue();
        });
        assertThat(live.files()).isSameAs(good);

        // another memo's edit meanwhile still fails: the broken file is tried again with it
        Path other = memo("warmup-stabilizes-adam");
        edit(other, "Almost every", "Nearly every");
        assertThat(apply(List.of(other)).ok()).isFalse();

        Files.writeString(memo, text);
        Outcome fixed = apply(List.of(memo));
        assertThat(fixed.ok()).isTrue();
        assertThat(page("memos/warmup-stabilizes-adam/index.html")).contains("Nearly every");
        assertSameAsFullBuild();
    }

    /** An update, and the settling that follows a body-only edit, as serve runs them. */
    private Outcome apply(List<Path> changed) {
        Outcome out = live.update(changed);
        if (out.ok() && !out.settled()) {
            Outcome rest = live.settle();
            Set<String> all = new TreeSet<>(out.changed());
            all.addAll(rest.changed());
            return new Outcome(rest.ok(), out.full(), out.rendered() + rest.rendered(), rest.memos(), all,
                    out.millis() + rest.millis(), rest.problems(), true, rest.timings());
        }
        return out;
    }

    private Path memo(String slug) throws IOException {
        return SiteFiles.memo(site, slug);
    }

    private static void edit(Path file, String from, String to) throws IOException {
        SiteFiles.edit(file, from, to);
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
