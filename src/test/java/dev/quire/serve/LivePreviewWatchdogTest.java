package dev.quire.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.pipeline.BuildOptions;
import dev.quire.serve.LivePreviewTest.EventStream;
import dev.quire.testing.TestSites;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing a save does stops the preview: a rebuild that fails in any way, a stack overflow
 * included, becomes the error box on every page, the last good build keeps serving, and the next
 * save is rebuilt. Once, a memo saved with 3,000 nested {@code > } ended the watcher's thread:
 * no box, and no rebuild ever again, not even of the fix.
 */
class LivePreviewWatchdogTest {
    private static final String MEMO = "memos/a.md";
    private static final String GOOD = "---\ntitle: A\ndate: 2026-01-01\n---\nFirst version.\n";

    @TempDir
    Path dir;

    LivePreview preview;
    EventStream events;
    StringWriter err = new StringWriter();

    private void start(Consumer<Set<Path>> beforeRebuild) throws Exception {
        TestSites.write(dir, "=== quire.yml\ntitle: Notes\n=== " + MEMO + "\n" + GOOD);
        preview = LivePreview.start(new BuildOptions(dir, dir.resolve("_site"), false), "127.0.0.1", 0,
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), beforeRebuild, false);
        events = new EventStream("http://127.0.0.1:" + preview.port() + "/_quire/events");
    }

    @AfterEach
    void stop() throws IOException {
        if (events != null) {
            events.close();
        }
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void aSaveNestedThreeThousandDeepShowsItsErrorAndTheFixIsPickedUp() throws Exception {
        start(changes -> { });
        Files.writeString(dir.resolve(MEMO), GOOD.replace("First version.", "> ".repeat(3000) + "deep"));

        assertThat(events.next("problems").data())
                .contains(MEMO + ":5:201: error: Markdown nested more than 100 levels deep");
        assertThat(get("memos/a/")).contains("First version.").contains("role=\"alert\"");

        Files.writeString(dir.resolve(MEMO), GOOD.replace("First version.", "Fixed version."));
        events.next("reload");
        assertThat(get("memos/a/")).contains("Fixed version.").doesNotContain("role=\"alert\"");
    }

    @Test
    void theWatcherSurvivesARebuildThatThrowsAnError() throws Exception {
        AtomicBoolean crashed = new AtomicBoolean();
        start(changes -> {
            if (changes.stream().anyMatch(p -> p.getFileName().toString().equals("crash.md")) && crashed.compareAndSet(false, true)) {
                throw new StackOverflowError(); // as a defect deep in a stage would
            }
        });
        Files.writeString(dir.resolve("memos/crash.md"), GOOD);

        assertThat(events.next("problems").data())
                .contains("memos/crash.md: error: the rebuild after this change failed: StackOverflowError");
        assertThat(err.toString()).contains("memos/crash.md: error: the rebuild after this change failed: StackOverflowError"
                + " (something was nested too deeply to follow)");
        assertThat(get("")).contains("role=\"alert\"");
        assertThat(get("memos/a/")).contains("First version.");

        Files.writeString(dir.resolve(MEMO), GOOD.replace("First version.", "Second version."));
        events.next("reload"); // the watcher lived on, and rebuilt
        assertThat(get("memos/a/")).contains("Second version.").doesNotContain("role=\"alert\"");
    }

    private String get(String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + preview.port() + "/" + path).toURL().openConnection();
        c.setReadTimeout(20_000);
        try (var in = c.getResponseCode() < 400 ? c.getInputStream() : c.getErrorStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
