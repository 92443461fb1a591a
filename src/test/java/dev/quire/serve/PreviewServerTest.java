package dev.quire.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.output.MemorySink;
import dev.quire.pipeline.BuildOptions;
import dev.quire.pipeline.BuildReport;
import dev.quire.pipeline.SiteBuilder;
import dev.quire.testing.ExampleSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The preview server over raw sockets, so that request paths reach it exactly as written (an
 * HTTP client would normalise "/../" away): nothing outside the build is ever served, content
 * types, HEAD, ETag, the site's 404 page, and a burst of clients that misbehave.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreviewServerTest {
    PreviewServer server;
    BuildReport report;

    @BeforeAll
    void serve(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        ExampleSite.copyTo(site);
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET\n");
        Files.createDirectories(site.resolve("static"));
        Files.writeString(site.resolve("static/notes.txt"), "public notes\n");
        Files.createSymbolicLink(site.resolve("static/secret.txt"), secret);
        Files.createSymbolicLink(site.resolve("static/outside"), dir);
        MemorySink sink = new MemorySink();
        report = new SiteBuilder().build(new BuildOptions(site, site.resolve("_site"), false), sink);
        server = new PreviewServer("127.0.0.1", 0, sink.files());
        server.start();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../secret.txt", "/../../../../etc/passwd", "/%2e%2e/secret.txt", "/%2E%2E/%2E%2E/etc/passwd",
        "/static/../../secret.txt", "/..%2fsecret.txt", "/memos%2fwarmup-stabilizes-adam%2findex.html",
        "/..%5csecret.txt", "/..\\secret.txt", "//etc/passwd", "/./index.html", "/assets/./quire.css",
        "http://127.0.0.1/../secret.txt", "/C:/Windows/win.ini", "/%00index.html",
        "/secret.txt", "/outside/secret.txt", "/_site/index.html", "/memos/2026-02-03-warmup-stabilizes-adam.md",
        "/quire.yml"})
    void nothingOutsideTheBuildIsServed(String path) throws IOException {
        Response r = request("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(r.status()).as(path).isIn(400, 404);
        assertThat(r.body()).doesNotContain("TOP SECRET").doesNotContain("root:");
        if (r.status() == 404) {
            assertThat(r.body()).contains("<h1").contains("</html>"); // the site's own 404 page
        }
    }

    @Test
    void linksOutOfTheSiteAreNotPublishedAndSaySo() {
        assertThat(report.warnings()).extracting(p -> p.file() + ": " + p.message())
                .contains("static/secret.txt: links to a file outside the site folder; not published");
    }

    @Test
    void pagesAndFilesWithTheirContentTypes() throws IOException {
        assertThat(get("/").header("content-type")).isEqualTo("text/html; charset=utf-8");
        assertThat(get("/memos/warmup-stabilizes-adam/").body()).contains("Why learning-rate warmup stabilizes Adam");
        assertThat(get("/memos/warmup-stabilizes-adam").status()).isEqualTo(200);
        assertThat(get("/assets/quire.css").header("content-type")).isEqualTo("text/css; charset=utf-8");
        assertThat(get("/favicon.svg").header("content-type")).isEqualTo("image/svg+xml");
        assertThat(get("/assets/fonts/source-serif-4-latin-wght-normal.woff2").header("content-type")).isEqualTo("font/woff2");
        assertThat(get("/notes.txt").body()).isEqualTo("public notes\n");
        assertThat(get("/notes.txt").header("x-content-type-options")).isEqualTo("nosniff");
        Response missing = get("/no/such/page/");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("content-type")).isEqualTo("text/html; charset=utf-8");
        assertThat(request("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").status()).isEqualTo(405);
    }

    @Test
    void headAnswersLikeGetWithoutABody() throws IOException {
        Response get = get("/archive/");
        Response head = request("HEAD /archive/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.header("content-length")).isEqualTo(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(head.header("etag")).isEqualTo(get.header("etag"));
    }

    @Test
    void anUnchangedFileIsNotSentAgain() throws IOException {
        Response first = get("/assets/quire.css");
        String etag = first.header("etag");
        assertThat(etag).startsWith("\"").endsWith("\"");
        Response again = request("GET /assets/quire.css HTTP/1.1\r\nHost: x\r\nIf-None-Match: " + etag
                + "\r\nConnection: close\r\n\r\n");
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        Response other = request("GET /assets/quire.css HTTP/1.1\r\nHost: x\r\nIf-None-Match: \"0000\"\r\nConnection: close\r\n\r\n");
        assertThat(other.status()).isEqualTo(200);
    }

    @Test
    void theReloadScriptIsAddedToPagesOnly() throws IOException {
        assertThat(get("/").body()).contains("<script src=\"/_quire/live.js\" data-path=\"index.html\"></script>\n</body>");
        assertThat(get("/assets/quire.css").body()).doesNotContain("_quire");
        assertThat(get("/_quire/live.js").header("content-type")).isEqualTo("text/javascript; charset=utf-8");
        assertThat(get("/_quire/live.css").status()).isEqualTo(200);
        assertThat(get("/_quire/nothing").status()).isEqualTo(404);
    }

    /**
     * 200 clients at once, a third of them hanging up mid-response and some sending half a
     * request: the server answers the rest and is fine afterwards. Event streams, which stay
     * open, do not take up the workers either.
     */
    @Test
    void misbehavingCrowdsAndOpenStreamsDoNotHurtTheServer() throws Exception {
        List<Socket> streams = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Socket s = new Socket("127.0.0.1", server.port());
            s.getOutputStream().write("GET /_quire/events HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            streams.add(s);
        }
        ExecutorService crowd = Executors.newFixedThreadPool(200);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                results.add(crowd.submit(() -> {
                    if (n % 3 == 0) { // hangs up after the first bytes of a large file
                        try (Socket s = new Socket("127.0.0.1", server.port())) {
                            s.getOutputStream().write(("GET /assets/fonts/source-serif-4-latin-wght-normal.woff2 HTTP/1.1\r\n"
                                    + "Host: x\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                            s.getInputStream().read(new byte[16]);
                        }
                        return 0;
                    }
                    if (n % 10 == 1) { // half a request, then gone
                        try (Socket s = new Socket("127.0.0.1", server.port())) {
                            s.getOutputStream().write("GET /archive/ HT".getBytes(StandardCharsets.US_ASCII));
                        }
                        return 0;
                    }
                    return get(n % 2 == 0 ? "/" : "/archive/").status();
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isIn(0, 200);
            }
        } finally {
            crowd.shutdownNow();
        }
        assertThat(get("/memos/warmup-stabilizes-adam/").status()).isEqualTo(200);
        for (Socket s : streams) {
            s.close();
        }
        assertThat(get("/").status()).isEqualTo(200);
    }

    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name);
        }
    }

    private Response get(String path) throws IOException {
        return request("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    }

    /** Sends {@code raw} as is and reads the whole answer (the server closes the connection). */
    private Response request(String raw) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(raw.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            String text = bytes.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String[] head = text.substring(0, split).split("\r\n");
            Map<String, String> headers = new java.util.HashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT), head[i].substring(colon + 1).strip());
            }
            String body = text.substring(split + 4);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = dechunk(body);
            }
            return new Response(Integer.parseInt(head[0].split(" ")[1]), headers, body);
        }
    }

    private static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, eol).strip(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(body, eol + 2, eol + 2 + size);
            at = eol + 2 + size + 2;
        }
    }
}
