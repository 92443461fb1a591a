package dev.quire.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.pipeline.BuildOptions;
import dev.quire.testing.ExampleSite;
import dev.quire.testing.TestSites;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} end to end on a free port: a saved memo reaches the page over HTTP and open pages
 * over the event stream; a stylesheet change is announced as such; a broken memo shows its
 * errors on every page until it is fixed. Timeouts are generous: they only end a test that would
 * otherwise hang.
 */
class LivePreviewTest {
    private static final String MEMO = "memos/2026-02-03-warmup-stabilizes-adam.md";
    private static final String PAGE = "memos/warmup-stabilizes-adam/";

    @TempDir
    Path dir;

    Path site;
    LivePreview preview;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    EventStream events;

    @BeforeEach
    void start() throws Exception {
        site = dir.resolve("site");
        ExampleSite.copyTo(site);
        Files.createDirectories(site.resolve("static"));
        Files.writeString(site.resolve("static/extra.css"), "body { color: #111 }\n");
        preview = LivePreview.start(new BuildOptions(site, site.resolve("_site"), false), "127.0.0.1", 0,
                new PrintWriter(out, true), new PrintWriter(err, true));
        events = new EventStream(url("_quire/events"));
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
    void aSavedMemoReachesThePageAndTheEventStream() throws Exception {
        assertThat(out.toString()).startsWith("built 15 memos, ");
        assertThat(get(PAGE).body()).doesNotContain("Nearly every transformer recipe");

        edit(MEMO, "Almost every transformer recipe", "Nearly every transformer recipe");

        Event event = events.next("reload");
        assertThat(event.data()).isEqualTo("{\"paths\":[\"" + PAGE + "index.html\"]}");
        assertThat(get(PAGE).body()).contains("Nearly every transformer recipe");
        assertThat(out.toString()).containsPattern("rebuilt 1 page in \\d+ ms");
    }

    @Test
    void withTimingsEachRebuildSaysWhatItsStagesTook() throws Exception {
        events.close();
        preview.close();
        StringWriter timed = new StringWriter();
        preview = LivePreview.start(new BuildOptions(site, site.resolve("_site"), false), "127.0.0.1", 0,
                new PrintWriter(timed, true), new PrintWriter(err, true), true);
        events = new EventStream(url("_quire/events"));
        assertThat(timed.toString()).containsPattern("(?m)^built 15 memos, .*\n    config and sources +\\d+ ms");

        edit(MEMO, "Almost every transformer recipe", "Nearly every transformer recipe");

        events.next("reload");
        assertThat(timed.toString()).containsPattern("(?m)^rebuilt 1 page in \\d+ ms\n    pages +\\d+ ms");
    }

    @Test
    void anEditorsSaveByRenameIsSeen() throws Exception {
        Path memo = site.resolve(MEMO);
        Path temp = memo.resolveSibling(".warmup.md.tmp");
        Files.writeString(temp, Files.readString(memo).replace("Almost every", "Saved by rename: every"));
        Files.writeString(memo.resolveSibling(memo.getFileName() + "~"), "backup");
        Files.move(temp, memo, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        events.next("reload");
        assertThat(get(PAGE).body()).contains("Saved by rename: every");
    }

    @Test
    void aStylesheetOnlyChangeIsAnnouncedAsCss() throws Exception {
        Files.writeString(site.resolve("static/extra.css"), "body { color: #222 }\n");
        assertThat(events.next("css").data()).isEqualTo("{\"paths\":[\"extra.css\"]}");
        assertThat(get("extra.css").body()).contains("#222");
    }

    @Test
    void aBrokenMemoShowsItsErrorsOnEveryPageUntilFixed() throws Exception {
        String good = Files.readString(site.resolve(MEMO));
        Files.writeString(site.resolve(MEMO), good.replace("Almost every", "Nearly every")
                .replaceFirst("category: Optimization", "category: [Optimization, Scaling]"));

        Event problems = events.next("problems");
        assertThat(problems.data()).contains(MEMO + ":4:11: error: 'category' must be a string, not a list")
                .contains("category: [Optimization, Scaling]").contains("role=\\\"alert\\\"");
        assertThat(err.toString()).contains(MEMO + ":4:11: error: 'category' must be a string, not a list");

        Response archive = get("archive/");
        assertThat(archive.status()).isEqualTo(200);
        assertThat(archive.body()).contains("<div id=\"quire-overlay\" class=\"quire-overlay\" role=\"alert\"")
                .contains("4 | category: [Optimization, Scaling]")
                .contains("hint: a memo has exactly one category");
        Response memo = get(PAGE);
        assertThat(memo.body()).contains("Almost every").contains("quire-overlay"); // the last good build

        try (EventStream later = new EventStream(url("_quire/events"))) {
            assertThat(later.next("problems").data()).contains(MEMO + ":4:11");
        }

        Files.writeString(site.resolve(MEMO), good.replace("Almost every", "Nearly every"));
        events.next("reload");
        assertThat(get("archive/").body()).doesNotContain("quire-overlay\"");
        assertThat(get(PAGE).body()).contains("Nearly every").doesNotContain("role=\"alert\"");
    }

    @Test
    void aSaveThatChangesNoOutputSaysNothing() throws Exception {
        Path memo = site.resolve(MEMO);
        Files.writeString(memo, Files.readString(memo)); // saved unchanged
        Thread.sleep(500); // the rebuild has run by now, and found nothing to announce
        edit(MEMO, "Almost every transformer recipe", "Nearly every transformer recipe");
        assertThat(events.next("reload").data()).isEqualTo("{\"paths\":[\"" + PAGE + "index.html\"]}");
    }

    @Test
    void fixingABrokenMemoBackToTheLastGoodBuildClearsTheOverlay() throws Exception {
        String good = Files.readString(site.resolve(MEMO));
        Files.writeString(site.resolve(MEMO), good.replaceFirst("category: Optimization", "category: [Optimization]"));
        events.next("problems");
        Files.writeString(site.resolve(MEMO), good); // the same output as before it broke
        assertThat(events.next("reload").data()).isEqualTo("{\"paths\":[]}");
        assertThat(get(PAGE).body()).doesNotContain("role=\"alert\"");
    }

    @Test
    void aBusyPortIsSaidPlainly() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            TestSites.Run run = TestSites.quire("serve", "-s", site.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("error: port " + taken.getLocalPort() + " on 127.0.0.1 is in use\n"
                    + "  hint: stop the other server, or pass --port 0 to take any free port\n");
        }
    }

    @Test
    void aBuildCarriesNoTraceOfLiveReload() throws IOException {
        Path output = dir.resolve("built");
        assertThat(TestSites.quire("build", site.toString(), "-o", output.toString(), "-q").exitCode()).isZero();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertThat(text).as(f.toString()).doesNotContain("_quire").doesNotContain("EventSource")
                        .doesNotContain("quire-overlay");
            }
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + preview.port() + "/" + path;
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = site.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    record Response(int status, String body) {
    }

    private Response get(String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url(path)).toURL().openConnection();
        c.setReadTimeout(20_000);
        int status = c.getResponseCode();
        try (var in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            return new Response(status, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    record Event(String name, String data) {
    }

    /** An open event stream, read on its own thread. */
    static final class EventStream implements AutoCloseable {
        private static final HttpClient CLIENT = HttpClient.newHttpClient();
        private final Stream<String> lines;
        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

        EventStream(String url) throws IOException, InterruptedException {
            HttpResponse<Stream<String>> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("content-type")).hasValue("text/event-stream; charset=utf-8");
            lines = response.body();
            Iterator<String> it = lines.iterator();
            assertThat(it.next()).isEqualTo("retry: 500"); // registered from here on
            Thread t = new Thread(() -> read(it), "test-events");
            t.setDaemon(true);
            t.start();
        }

        private void read(Iterator<String> lines) {
            try {
                String name = null;
                StringBuilder data = new StringBuilder();
                while (lines.hasNext()) {
                    String line = lines.next();
                    if (line.startsWith("event: ")) {
                        name = line.substring(7);
                    } else if (line.startsWith("data: ")) {
                        data.append(data.length() > 0 ? "\n" : "").append(line.substring(6));
                    } else if (line.isEmpty() && name != null) {
                        events.add(new Event(name, data.toString()));
                        name = null;
                        data.setLength(0);
                    }
                }
            } catch (RuntimeException e) {
                // closed
            }
        }

        /** The next event named {@code name}, skipping others. */
        Event next(String name) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                Event e = events.poll(100, TimeUnit.MILLISECONDS);
                if (e != null && e.name().equals(name)) {
                    return e;
                }
            }
            throw new AssertionError("no '" + name + "' event within 30 s");
        }

        @Override
        public void close() {
            lines.close();
        }
    }
}
