package dev.quire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.diag.Problem;
import dev.quire.frontmatter.FrontMatter;
import dev.quire.serve.LiveSite;
import dev.quire.source.MemoSource;
import dev.quire.testing.SiteFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a long-lived pipeline keeps of the memos it read, and when it reads a file again. */
class ReadMemosTest {
    @TempDir
    Path dir;

    @Test
    void aFileIsToldUnchangedByItsStampAndARecentlyChangedOneIsNotKept() throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), "---\ntitle: A\n---\nText.\n");
        MemoSource source = new MemoSource("memos/a.md", file, "a", null, List.of());
        ParsedMemo parsed = new ParsedMemo(source, null, (FrontMatter) null, "a", "Text.\n", 4);
        ReadMemos read = new ReadMemos();
        long now = System.currentTimeMillis();

        Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochMilli(now - 60_000)));
        ReadMemos.Stamp old = ReadMemos.Stamp.of(file);
        read.put(source, old, parsed, List.of(), now);
        List<Problem> warnings = new ArrayList<>();
        assertThat(read.get(source, ReadMemos.Stamp.of(file), warnings)).containsSame(parsed);

        // the same size, another time: read again
        Files.writeString(file, "---\ntitle: B\n---\nText.\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochMilli(now - 30_000)));
        assertThat(read.get(source, ReadMemos.Stamp.of(file), warnings)).isEmpty();

        // changed a moment before it was read: a second save in the same clock tick could not be told apart
        ReadMemos.Stamp fresh = ReadMemos.Stamp.of(file);
        read.put(source, fresh, parsed, List.of(), fresh.modifiedMillis() + 500);
        assertThat(read.get(source, fresh, warnings)).isEmpty();
    }

    /** serve's full runs reuse the memos they read; one edited in place to the same size is still seen. */
    @Test
    void aFullRunInServeSeesAMemoEditedToTheSameSize() throws Exception {
        Path site = dir.resolve("site");
        SiteFiles.copy(Path.of("src/test/resources/golden/basic/site"), site);
        long past = System.currentTimeMillis() - 3_600_000;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, FileTime.fromMillis(past));
            }
        }
        try (LiveSite live = new LiveSite(new BuildOptions(site, site.resolve("_site"), false, null))) {
            assertThat(live.buildAll().ok()).isTrue();
            Path memo;
            try (Stream<Path> memos = Files.list(site.resolve("memos"))) {
                memo = memos.filter(p -> p.toString().endsWith("adam-warmup.md")).findFirst().orElseThrow();
            }
            String text = Files.readString(memo);
            Files.writeString(memo, text.replace("title: Why", "title: Hmm"));
            Files.setLastModifiedTime(memo, FileTime.fromMillis(past + 1_000));
            LiveSite.Outcome full = live.update(List.of(site.resolve("quire.yml")));
            assertThat(full.ok()).isTrue();
            Map<String, byte[]> files = live.files();
            assertThat(new String(files.get("memos/adam-warmup/index.html"), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("Hmm learning-rate warmup");
        }
    }
}
