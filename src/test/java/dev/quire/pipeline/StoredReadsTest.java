package dev.quire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quire.cache.RenderCache;
import dev.quire.diag.BuildFailedException;
import dev.quire.output.MemorySink;
import dev.quire.source.MemoSource;
import dev.quire.testing.SiteFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the memo stage keeps between builds of each file it read: a file unchanged since is not
 * read again, and a build that reads nothing gives the same bytes as one that reads everything,
 * after every kind of edit (warm, cold and no cache). The site's files are dated an hour back, as
 * an author's files are by their next build; a file changed a moment before it was read is not
 * kept.
 */
class StoredReadsTest {
    private static final Path FIXTURE = Path.of("src/test/resources/golden/basic/site");
    private static final long HOUR_AGO = System.currentTimeMillis() - 3_600_000;

    @TempDir
    Path dir;

    Path site;
    Path cache;
    /** The next time given to an edited file: later than every earlier one, and settled. */
    long nextTime = HOUR_AGO;

    @BeforeEach
    void settledSite() throws Exception {
        site = dir.resolve("site");
        SiteFiles.copy(FIXTURE, site);
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, FileTime.fromMillis(HOUR_AGO));
            }
        }
        cache = dir.resolve("cache");
        assertThat(memoStage(build(cache, new MemorySink()))).startsWith("files: 0 unchanged, 7 read; bodies: 0 cached, 7 rendered");
        assertThat(memoStage(build(cache, new MemorySink()))).startsWith("files: 7 unchanged, 0 read; bodies: 7 cached, 0 rendered");
    }

    @Test
    void warmColdAndNoCacheGiveTheSameSiteAfterEveryKindOfEdit() throws Exception {
        for (String edit : List.of("body", "linked title", "linked draft", "settings", "bundle figure", "memo added",
                "memo removed", "same size")) {
            apply(edit);
            Map<String, String> warm = files(cache);
            Map<String, String> none = files(null);
            assertThat(warm.keySet()).as(edit).containsExactlyElementsOf(none.keySet());
            none.forEach((path, bytes) -> assertThat(warm.get(path)).as(edit + ": " + path).isEqualTo(bytes));
        }
        assertThat(files(dir.resolve("cold-cache"))).isEqualTo(files(null));
    }

    /** After a change to a setting that bodies read every body is rendered again, from the text of files that were not read. */
    @Test
    void bodiesRenderedAgainReadTheTextOfUnchangedFiles() throws Exception {
        apply("settings");
        assertThat(memoStage(build(cache, new MemorySink()))).startsWith("files: 7 unchanged, 0 read; bodies: 0 cached, 7 rendered");
    }

    @Test
    void anEditedMemoIsReadAgainAndTheOthersAreNot() throws Exception {
        apply("body");
        assertThat(memoStage(build(cache, new MemorySink()))).startsWith("files: 6 unchanged, 1 read; bodies: 6 cached, 1 rendered");
        assertThat(memoStage(build(cache, new MemorySink()))).startsWith("files: 7 unchanged, 0 read");
    }

    /** A file saved within the clock's resolution of being read could change again unseen: it is read on every build until it settles. */
    @Test
    void aMemoChangedJustBeforeTheBuildIsNotKept() throws Exception {
        SiteFiles.edit(SiteFiles.memo(site, "weight-norm-equilibrium"), "For weights", "For all weights");
        assertThat(memoStage(build(cache, new MemorySink()))).startsWith("files: 6 unchanged, 1 read");
        assertThat(memoStage(build(cache, new MemorySink()))).startsWith("files: 6 unchanged, 1 read");
    }

    /** Rewritten to the same size with its time put back (as some copying tools do): its change time still tells. */
    @Test
    void aMemoRewrittenToTheSameSizeWithItsTimePutBackIsReadAgain() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"), "needs the file's change time");
        Path memo = SiteFiles.memo(site, "adam-warmup");
        FileTime before = Files.getLastModifiedTime(memo);
        SiteFiles.edit(memo, "title: Why", "title: Hmm");
        Files.setLastModifiedTime(memo, before);
        String page = files(cache).get("memos/adam-warmup/index.html");
        assertThat(page).contains("Hmm learning-rate warmup");
        assertThat(files(cache)).isEqualTo(files(null));
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

    /** A file that changed between being told unchanged and being read stops the build rather than mix two versions. */
    @Test
    void aFileThatNoLongerMatchesWhatWasKeptIsNotUsed() throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), "---\ntitle: A\n---\nNew text.\n");
        MemoSource source = new MemoSource("memos/a.md", file, "a", null, List.of());
        MemoFile kept = MemoFile.unread(source, RenderCache.key("---\ntitle: A\n---\nOld text.\n"), 17, 4);
        assertThatThrownBy(kept::text).isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read memos/a.md").cause().hasMessage("it changed while the site was being built");

        MemoFile same = MemoFile.unread(source, RenderCache.key("---\ntitle: A\n---\nNew text.\n"), 17, 4);
        assertThat(same.body()).isEqualTo("New text.\n");
    }

    private void apply(String edit) throws IOException {
        Path changed;
        switch (edit) {
            case "body" -> SiteFiles.edit(changed = SiteFiles.memo(site, "weight-norm-equilibrium"), "For weights", "For all weights");
            case "linked title" -> SiteFiles.edit(changed = SiteFiles.memo(site, "adam-warmup"), "title: Why", "title: So why");
            case "linked draft" -> SiteFiles.edit(changed = SiteFiles.memo(site, "adam-warmup"), "---\n", "---\ndraft: true\n");
            case "settings" -> SiteFiles.edit(changed = site.resolve("quire.yml"), "language: en\n", "language: en-GB\n"); // one that bodies read
            case "bundle figure" -> changed = Files.writeString(site.resolve("memos/bundle-memo/figure.svg"),
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"120\"></svg>\n");
            case "memo added" -> changed = Files.writeString(site.resolve("memos/2026-09-01-a-new-question.md"),
                    "---\ntitle: A new question\ndate: 2026-09-01\ncategory: Optimization\n---\nSee [[bundle-memo]].\n");
            case "memo removed" -> {
                changed = null;
                Files.delete(site.resolve("memos/2026-09-01-a-new-question.md"));
            }
            case "same size" -> SiteFiles.edit(changed = SiteFiles.memo(site, "probe-selectivity"), "says little", "says LITTLE");
            default -> throw new IllegalArgumentException(edit);
        }
        if (changed != null) {
            nextTime += 1_000;
            Files.setLastModifiedTime(changed, FileTime.fromMillis(nextTime));
        }
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
        sink.files().forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
        return out;
    }

    private static String memoStage(BuildReport report) {
        return report.timings().stream().filter(t -> t.stage().equals("memos")).findFirst().orElseThrow().detail();
    }
}
