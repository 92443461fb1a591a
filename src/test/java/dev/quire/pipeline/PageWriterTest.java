package dev.quire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.output.DiskSink;
import dev.quire.output.OutputPlan.Entry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page that fails to render stops the writers before the build is aborted: once, the abort
 * deleted the staging folder while other workers still wrote into it, and the message shown was
 * a {@code DirectoryNotEmptyException} instead of the cause, with the staging folder left behind.
 */
class PageWriterTest {
    @TempDir
    Path dir;

    @Test
    void aFailingPageLetsEveryOtherWriterStopBeforeItIsThrown() throws IOException {
        AtomicInteger running = new AtomicInteger();
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("bad/index.html", "memos/bad.md", () -> {
            throw new IllegalStateException("the cause");
        }, null, null));
        for (int i = 0; i < 40; i++) {
            entries.add(new Entry("p" + i + "/index.html", "memos/p" + i + ".md", () -> {
                running.incrementAndGet();
                try {
                    Thread.sleep(50); // a slow page, still being written when the bad one fails
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                return "page".getBytes(StandardCharsets.UTF_8);
            }, null, null));
        }
        try (DiskSink sink = new DiskSink(dir.resolve("_site"))) {
            assertThatThrownBy(() -> PageWriter.write(entries, null, null, sink, () -> false))
                    .hasMessageContaining("failed to render /bad/index.html (memos/bad.md)")
                    .hasRootCauseMessage("the cause");
            assertThat(running).hasValue(0); // nobody writes any more
            sink.abort();
        }
        assertThat(Files.exists(dir.resolve("._site.staging"))).isFalse();
    }
}
