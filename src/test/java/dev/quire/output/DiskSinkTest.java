package dev.quire.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.testing.TestSites;
import dev.quire.testing.TestSites.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder's safety: one build at a time, hidden names that fit any file system, and a
 * swap that can be undone at every step, or says where the previous output is.
 */
class DiskSinkTest {
    private static final String SITE = "=== quire.yml\ntitle: Notes\n=== memos/a.md\n---\ntitle: A\ndate: 2026-01-01\n---\nBody.\n";

    @TempDir
    Path dir;

    private Path previousOutput(Path out) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "previous");
        return out;
    }

    @Test
    void anOutputFolderNameOf250CharactersBuilds() throws IOException {
        TestSites.write(dir.resolve("site"), SITE);
        Path out = dir.resolve("o".repeat(250));
        Run run = TestSites.quire("build", dir.resolve("site").toString(), "-o", out.toString(), "-q");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(out.resolve("memos/a/index.html")).exists();
        try (var names = Files.list(dir)) {
            assertThat(names.map(p -> p.getFileName().toString()))
                    .allMatch(name -> name.getBytes(StandardCharsets.UTF_8).length <= 255)
                    .noneMatch(name -> name.contains("staging"));
        }
    }

    @Test
    void longNamesAreShortenedAndStayDistinct() {
        String a = SiblingNames.of("x".repeat(250) + "a", ".staging");
        String b = SiblingNames.of("x".repeat(250) + "b", ".staging");
        assertThat(a).hasSizeLessThanOrEqualTo(255).startsWith(".xxx").endsWith(".staging").isNotEqualTo(b);
        assertThat(SiblingNames.of("_site", ".staging")).isEqualTo("._site.staging");
        assertThat(SiblingNames.of("é".repeat(200), ".old").getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
    }

    @Test
    void aSecondBuildWaitsForTheFirst() throws Exception {
        TestSites.write(dir.resolve("site"), SITE);
        Path out = dir.resolve("site/_site");
        CompletableFuture<Run> second;
        try (DiskSink first = new DiskSink(out)) {
            Files.writeString(first.staging().resolve("index.html"), "first");
            second = CompletableFuture.supplyAsync(() -> TestSites.quire("build", dir.resolve("site").toString()));
            Thread.sleep(1500);
            assertThat(second).isNotDone(); // it waits, and has not touched the first build's staging folder
            assertThat(first.staging().resolve("index.html")).hasContent("first");
            first.commit();
        }
        Run run = second.get(120, TimeUnit.SECONDS);
        assertThat(run.err()).isEqualTo("note: waiting for another build into " + out + " to finish\n");
        assertThat(run.exitCode()).isZero();
        assertThat(out.resolve("memos/a/index.html")).exists();
    }

    @Test
    void aFailedSwapPutsThePreviousOutputBack() throws IOException {
        Path out = previousOutput(dir.resolve("_site"));
        AtomicInteger moves = new AtomicInteger();
        try (DiskSink sink = new DiskSink(out, note -> { }, failingMove(moves, 2))) {
            sink.write("index.html", "new".getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(sink::commit).isInstanceOf(IOException.class)
                    .hasMessage("cannot move " + dir.resolve("._site.staging") + " to " + out
                            + " (disk on fire); the previous output was left as it was");
        }
        assertThat(out.resolve("index.html")).hasContent("previous");
    }

    @Test
    void aSwapThatCannotBeUndoneSaysWhereThePreviousOutputIs() throws IOException {
        Path out = previousOutput(dir.resolve("_site"));
        AtomicInteger moves = new AtomicInteger();
        try (DiskSink sink = new DiskSink(out, note -> { }, failingMove(moves, 2, 3))) {
            sink.write("index.html", "new".getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(sink::commit).hasMessage("cannot move " + dir.resolve("._site.staging") + " to " + out
                    + " (disk on fire); the previous output is in " + dir.resolve("._site.old") + ": move it back to " + out);
        }
        assertThat(dir.resolve("._site.old/index.html")).hasContent("previous");
    }

    @Test
    void aBuildStoppedBetweenTheTwoRenamesIsMendedByTheNext() throws IOException {
        // as a build killed after moving the output aside leaves it
        previousOutput(dir.resolve("site/._site.old"));
        TestSites.write(dir.resolve("site"), "=== quire.yml\ntitle: Notes\n=== memos/a.md\n---\ntitle: A\n---\nno date\n");
        Run run = TestSites.quire("build", dir.resolve("site").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("note: an earlier build stopped while replacing " + dir.resolve("site/_site")
                        + "; its previous output was put back\n")
                .endsWith("build failed: 1 error; the previous output was left as it was\n");
        assertThat(dir.resolve("site/_site/index.html")).hasContent("previous"); // so the last line is true
        assertThat(dir.resolve("site/._site.old")).doesNotExist();
    }

    /** A file whose bytes are unchanged is the previous output's file, linked; a changed one is written anew. */
    @Test
    void unchangedFilesAreLinkedFromThePreviousOutputAndChangedOnesWritten() throws IOException {
        Path out = dir.resolve("_site");
        Path font = Files.writeString(dir.resolve("font.woff2"), "glyphs");
        try (DiskSink sink = new DiskSink(out)) {
            sink.write("same.html", bytes("same"));
            sink.write("changed.html", bytes("before"));
            sink.write("grown.html", bytes("short"));
            sink.copy("assets/font.woff2", font);
            sink.commit();
        }
        Object sameFile = Files.readAttributes(out.resolve("same.html"), BasicFileAttributes.class).fileKey();
        Object fontFile = Files.readAttributes(out.resolve("assets/font.woff2"), BasicFileAttributes.class).fileKey();
        Files.createSymbolicLink(out.resolve("linked.html"), font);

        try (DiskSink sink = new DiskSink(out)) {
            sink.write("same.html", bytes("same"));
            sink.write("changed.html", bytes("after!"));
            sink.write("grown.html", bytes("longer"));
            sink.copy("assets/font.woff2", font);
            sink.write("linked.html", bytes("glyphs")); // the same bytes behind a symbolic link: written, not linked
            Path staging = sink.staging();
            assertThat(Files.readAttributes(staging.resolve("same.html"), BasicFileAttributes.class).fileKey()).isEqualTo(sameFile);
            assertThat(Files.readAttributes(staging.resolve("assets/font.woff2"), BasicFileAttributes.class).fileKey())
                    .isEqualTo(fontFile);
            assertThat(Files.isSymbolicLink(staging.resolve("linked.html"))).isFalse();
            sink.abort(); // a failed build: the previous output is as it was
        }
        assertThat(out.resolve("same.html")).hasContent("same");
        assertThat(out.resolve("changed.html")).hasContent("before");
        assertThat(out.resolve("grown.html")).hasContent("short");

        try (DiskSink sink = new DiskSink(out)) {
            sink.write("same.html", bytes("same"));
            sink.write("changed.html", bytes("after!"));
            sink.write("grown.html", bytes("longer"));
            sink.write("linked.html", bytes("glyphs"));
            sink.commit();
        }
        assertThat(out.resolve("same.html")).hasContent("same");
        assertThat(out.resolve("changed.html")).hasContent("after!");
        assertThat(out.resolve("grown.html")).hasContent("longer");
        assertThat(out.resolve("linked.html")).hasContent("glyphs").isRegularFile();
        assertThat(Files.isSymbolicLink(out.resolve("linked.html"))).isFalse();
        assertThat(out.resolve("assets/font.woff2")).doesNotExist();
        assertThat(font).hasContent("glyphs");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Real moves, but the {@code failing} calls (1-based) fail. */
    private static DiskSink.Mover failingMove(AtomicInteger calls, int... failing) {
        List<Integer> fail = new ArrayList<>();
        for (int f : failing) {
            fail.add(f);
        }
        return (from, to) -> {
            if (fail.contains(calls.incrementAndGet())) {
                throw new IOException("disk on fire");
            }
            Files.move(from, to);
        };
    }
}
