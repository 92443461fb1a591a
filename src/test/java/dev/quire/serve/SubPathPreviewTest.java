package dev.quire.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.pipeline.BuildOptions;
import dev.quire.serve.LivePreviewTest.Event;
import dev.quire.serve.LivePreviewTest.EventStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} of a site whose {@code base_url} has a path (the themed fixture, at
 * {@code https://jdoe.github.io/notes/}): served under {@code /notes/} as its links expect, with
 * {@code /} redirected there; a change to the theme's stylesheet is swapped, a change to a
 * template reloads, and a broken template shows its error on the pages until fixed.
 */
class SubPathPreviewTest {
    private static final Path FIXTURE = Path.of("src/test/resources/sites/themed").toAbsolutePath();

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
        copy(FIXTURE, site);
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
    void theSiteIsServedUnderItsBasePathAndTheRootRedirectsThere() throws Exception {
        assertThat(preview.basePath()).isEqualTo("/notes/");
        Response root = get("");
        assertThat(root.status()).isEqualTo(302);
        assertThat(root.location()).isEqualTo("/notes/");
        assertThat(get("notes").location()).isEqualTo("/notes/");

        Response home = get("notes/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("<link rel=\"stylesheet\" href=\"/notes/assets/custom.css\">")
                .contains("<script src=\"/_quire/live.js\" data-path=\"index.html\">");
        assertThat(get("notes/assets/custom.css").body()).contains("--accent: #2f6b3a;");
        assertThat(get("notes/memos/dawn-chorus/").body()).contains("field notebook: Acoustics");

        Response outside = get("memos/dawn-chorus/");
        assertThat(outside.status()).isEqualTo(404);
        Response missing = get("notes/no-such-memo/");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("No memo lives here").contains("data-path=\"no-such-memo/index.html\"");

        assertThat(out.toString()).startsWith("built 3 memos, ");
    }

    @Test
    void everyThemeChangeReachesOpenPages() throws Exception {
        Files.writeString(site.resolve("theme/assets/custom.css"), ":root { --accent: #1f4f8a; }\n");
        assertThat(events.next("css").data()).isEqualTo("{\"paths\":[\"assets/custom.css\"]}");
        assertThat(get("notes/assets/custom.css").body()).isEqualTo(":root { --accent: #1f4f8a; }\n");

        Path notFound = site.resolve("theme/templates/notfound.jte");
        Files.writeString(notFound, Files.readString(notFound).replace("No memo lives here", "Nothing recorded here"));
        assertThat(events.next("reload").data()).isEqualTo("{\"paths\":[\"404.html\"]}");
        assertThat(get("notes/x/").body()).contains("Nothing recorded here");

        Path meta = site.resolve("theme/templates/partials/memo-meta.jte");
        String good = Files.readString(meta);
        Files.writeString(meta, good.replace("m.readMinutes()", "m.minutes()"));
        Event problems = events.next("problems");
        assertThat(problems.data()).contains("theme/templates/partials/memo-meta.jte:5:158:")
                .contains("cannot find symbol: method minutes()");
        assertThat(get("notes/").body()).contains("<div id=\"quire-overlay\"").contains("field notebook"); // the last good build
        Files.writeString(meta, good);
        events.next("reload");
        assertThat(get("notes/").body()).doesNotContain("<div id=\"quire-overlay\"");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + preview.port() + "/" + path;
    }

    record Response(int status, String location, String body) {
    }

    private Response get(String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url(path)).toURL().openConnection();
        c.setInstanceFollowRedirects(false);
        c.setReadTimeout(30_000);
        int status = c.getResponseCode();
        try (var in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            return new Response(status, c.getHeaderField("Location"), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }
}
