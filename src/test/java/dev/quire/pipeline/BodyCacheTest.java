package dev.quire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.diag.BuildFailedException;
import dev.quire.output.MemorySink;
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
 * A build whose memo bodies come from the cache gives the same bytes as one that renders every
 * body, after every kind of edit: warm (the cache of the build before the edit), cold (an empty
 * cache) and no cache at all. The edits are those of the live preview's tests, on the golden
 * fixture site (links between memos, citations, a bundle with a figure, a draft, math).
 */
class BodyCacheTest {
    @TempDir
    Path dir;

    private static final Path FIXTURE = Path.of("src/test/resources/golden/basic/site");

    Path site;
    Path cache;

    @BeforeEach
    void warmUp() throws Exception {
        site = dir.resolve("site");
        SiteFiles.copy(FIXTURE, site);
        cache = dir.resolve("cache");
        BuildReport first = build(cache);
        assertThat(stage(first, "memos")).contains("0 cached");
        BuildReport second = build(cache);
        assertThat(stage(second, "memos")).contains("7 cached, 0 rendered");
    }

    /** --timings says per stage what the cache found: formulas looked up by the bodies rendered, feeds by the pages. */
    @Test
    void timingsSayWhatEachStageFoundInTheCache() throws Exception {
        edit(memo("weight-norm-equilibrium"), "For weights", "For all weights");
        BuildReport report = build(cache);
        assertThat(stage(report, "memos")).matches("files: [0-9]+ unchanged, [0-9]+ read; bodies: 6 cached, 1 rendered; math and code: [A-Za-z0-9]+; hljs-[0-9.]+: [1-9][0-9]* cached, 0 rendered; katex-[0-9.]+: [1-9][0-9]* cached, 0 rendered");
        assertThat(stage(report, "pages")).matches("[0-9]+ of [0-9]+ files written; atom-feed: [0-9]+ cached, [1-9][0-9]* rendered; json-feed: [0-9]+ cached, [1-9][0-9]* rendered");
    }

    /** The edits one after another, each compared at once: one warm-up for all, as an author's session goes. */
    @Test
    void warmColdAndNoCacheGiveTheSameSiteAfterEveryKindOfEdit() throws Exception {
        for (String edit : List.of("body", "linked title", "linked draft", "link removed", "bibliography", "bundle figure",
                "macros", "settings", "citation style", "language", "base url", "memo added", "static image", "updated date",
                "description")) {
            apply(edit);
            Map<String, String> warm = files(cache);
            Map<String, String> none = files(null);
            assertThat(warm.keySet()).as(edit).containsExactlyElementsOf(none.keySet());
            none.forEach((path, bytes) -> assertThat(warm.get(path)).as(edit + ": " + path).isEqualTo(bytes));
        }
        Map<String, String> cold = files(dir.resolve("cold-cache"));
        assertThat(cold).isEqualTo(files(null));
    }

    @Test
    void aBodyEditRendersThatBodyAlone() throws Exception {
        edit(memo("weight-norm-equilibrium"), "For weights", "For all weights");
        assertThat(stage(build(cache), "memos")).contains("6 cached, 1 rendered");
    }

    /**
     * A kept Atom feed is known by what its memos' bodies were made from, not by their text: an
     * edit to a body, or to the title of a memo a body links to, writes the feeds that carry it again.
     */
    @Test
    void theFeedsCarryingABodyAreWrittenAgainWhenItOrAMemoItLinksToChanges() throws Exception {
        edit(memo("weight-norm-equilibrium"), "For weights", "For all weights");
        Map<String, String> edited = files(cache);
        assertThat(edited.get("feed.xml")).contains("For all weights").doesNotContain("For weights");
        assertThat(edited.get("categories/optimization/feed.xml")).contains("For all weights");

        // a memo of another category, whose feed does not carry the linked memo itself
        edit(memo("probe-selectivity"), "A probe that reaches", "As [[adam-warmup]] does not ask, a probe that reaches");
        String feed = "categories/interpretability/feed.xml";
        assertThat(feedEntry(files(cache).get(feed), "memos/probe-selectivity/")).contains("Why learning-rate warmup");
        edit(memo("adam-warmup"), "title: Why", "title: So why");
        Map<String, String> retitled = files(cache);
        assertThat(feedEntry(retitled.get(feed), "memos/probe-selectivity/")).contains("So why learning-rate warmup");
        assertThat(retitled).isEqualTo(files(null));
    }

    /** The Atom entry of the memo at {@code path}. */
    private static String feedEntry(String feed, String path) {
        int id = feed.indexOf("<id>https://notes.example.org/" + path + "</id>");
        assertThat(id).as(path + " in the feed").isPositive();
        return feed.substring(feed.lastIndexOf("<entry>", id), feed.indexOf("</entry>", id));
    }

    @Test
    void aSettingNoBodyReadsRendersNoBodyAndOneItReadsRendersAll() throws Exception {
        edit(site.resolve("quire.yml"), "tagline: Working notes", "tagline: Notes");
        assertThat(stage(build(cache), "memos")).contains("7 cached, 0 rendered");
        edit(site.resolve("quire.yml"), "language: en\n", "language: en-GB\n");
        assertThat(stage(build(cache), "memos")).contains("0 cached, 7 rendered");
    }

    @Test
    void aRetitledMemoRendersTheBodiesThatLinkToIt() throws Exception {
        edit(memo("adam-warmup"), "title: Why", "title: So why");
        // itself, the memo whose [[adam-warmup|…]] links to it and the one whose plain link does
        assertThat(stage(build(cache), "memos")).contains("4 cached, 3 rendered");
    }

    @Test
    void aCorruptOrTruncatedCacheIsIgnoredAndRebuilt() throws Exception {
        Map<String, String> expected = files(null);
        try (Stream<Path> files = Files.walk(cache)) {
            int i = 0;
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(f);
                if (i++ % 2 == 0) {
                    Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length / 2));   // truncated
                } else if (bytes.length > 0) {
                    bytes[bytes.length / 2] ^= 0x5a;                                   // one byte flipped
                    Files.write(f, bytes);
                }
            }
        }
        assertThat(files(cache)).isEqualTo(expected);
        assertThat(files(cache)).isEqualTo(expected); // and what was written back is sound
    }

    private void apply(String edit) throws IOException, BuildFailedException {
        switch (edit) {
            case "body" -> edit(memo("weight-norm-equilibrium"), "For weights", "For all weights");
            case "linked title" -> edit(memo("adam-warmup"), "title: Why", "title: So why");
            case "linked draft" -> edit(memo("adam-warmup"), "---\n", "---\ndraft: true\n");
            case "link removed" -> {
                edit(memo("afternoon"), "[[bundle-memo]] reads", "[[bundle-memo]] and [[probe-selectivity]] read");
                build(cache);
                edit(memo("afternoon"), " and [[probe-selectivity]] read", " reads");
            }
            case "bibliography" -> edit(site.resolve("references.bib"), "title", "title = {Renamed},\n  note");
            case "bundle figure" -> Files.writeString(site.resolve("memos/bundle-memo/figure.svg"),
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"120\"></svg>\n");
            case "macros" -> edit(site.resolve("quire.yml"), "\"\\\\R\": \"\\\\mathbb{R}\"", "\"\\\\R\": \"\\\\mathbf{R}\"");
            case "settings" -> edit(site.resolve("quire.yml"), "title: Fixture notes", "title: Fixture notebook");
            case "citation style" -> edit(site.resolve("quire.yml"), "language: en\n", "language: en\ncitation_style: ieee\n");
            case "language" -> edit(site.resolve("quire.yml"), "language: en\n", "language: en-GB\n");
            case "base url" -> edit(site.resolve("quire.yml"), "base_url: https://notes.example.org/", "base_url: https://example.org/notes/");
            case "memo added" -> Files.writeString(site.resolve("memos/2026-09-01-a-new-question.md"),
                    "---\ntitle: A new question\ndate: 2026-09-01\ncategory: Optimization\n---\nSee [[bundle-memo]].\n");
            case "static image" -> Files.writeString(site.resolve("static/extra.svg"),
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"></svg>\n");
            // shown by the feeds (JSON Feed's date_modified) and the search documents, not by the body
            case "updated date" -> edit(memo("weight-norm-equilibrium"), "date: 2026-03-20\n", "date: 2026-03-20\nupdated: 2026-03-20\n");
            case "description" -> edit(memo("weight-norm-equilibrium"), "description: Decoupled", "description: Plainly, decoupled");
            default -> throw new IllegalArgumentException(edit);
        }
    }

    private BuildReport build(Path cacheDir) {
        return build(cacheDir, new MemorySink());
    }

    private BuildReport build(Path cacheDir, MemorySink sink) {
        try {
            return new SiteBuilder().build(new BuildOptions(site, site.resolve("_site"), false, cacheDir), sink);
        } catch (BuildFailedException e) {
            throw new AssertionError(e.problems().toString());
        }
    }

    private Map<String, String> files(Path cacheDir) {
        MemorySink sink = new MemorySink();
        build(cacheDir, sink);
        Map<String, String> out = new TreeMap<>();
        sink.files().forEach((k, v) -> out.put(k, new String(v, StandardCharsets.ISO_8859_1)));
        return out;
    }

    private static String stage(BuildReport report, String name) {
        return report.timings().stream().filter(t -> t.stage().equals(name)).findFirst().orElseThrow().detail();
    }

    private Path memo(String slug) throws IOException {
        return SiteFiles.memo(site, slug);
    }

    private static void edit(Path file, String from, String to) throws IOException {
        SiteFiles.edit(file, from, to);
    }
}
