package dev.quire.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.quire.diag.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Serves a built site from memory, with live reload. Only files of the build can be served (see
 * {@link SitePaths}); everything else gets the site's own 404 page.
 *
 * <p>HTML responses get two additions on the way out, never in the build: the reload script and,
 * while the last rebuild failed, the {@link ErrorOverlay}. Open pages hear about rebuilds over
 * {@link LiveEvents}: {@code reload} with the changed paths, {@code css} when only stylesheets
 * changed (the page swaps them without reloading), {@code problems} when a rebuild failed.
 *
 * <p>A site whose {@code base_url} has a path ({@code https://jdoe.github.io/notes/}) is served
 * under that path, as its links expect; {@code /} redirects there. The server's own files stay
 * under {@code /_quire/}.
 *
 * <p>Requests run on a bounded pool; event streams hold no thread, so open pages cannot exhaust
 * it.
 */
public final class PreviewServer implements AutoCloseable {
    /** Where the server's own files live; no site path starts with it. */
    static final String PREFIX = "/_quire/";
    static final String EVENTS = PREFIX + "events";
    private static final int THREADS = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ThreadPoolExecutor pool;
    private final LiveEvents events = new LiveEvents();
    private final Map<String, byte[]> ownFiles = Map.of(
            "live.js", resource("live.js"),
            "live.css", resource("live.css"));

    /**
     * What is served, swapped as one: the last good build, the problems of a failed rebuild, and
     * the path the site lives under ("/" or "/notes/").
     */
    private record Served(Map<String, byte[]> files, List<Problem> problems, String basePath) {
    }

    private volatile Served served;

    public PreviewServer(String host, int port, Map<String, byte[]> files) throws IOException {
        this.served = new Served(files, List.of(), "/");
        this.server = HttpServer.create(new InetSocketAddress(host, port), 256);
        server.createContext("/", this::handle);
        // bounded: when every worker is busy and the queue is full, the accepting thread serves
        // the request itself, which slows new connections down instead of failing them
        this.pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1024), r -> {
            Thread t = new Thread(r, "quire-serve");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
        server.setExecutor(pool);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** How many pages listen for reloads. */
    public int listeners() {
        return events.size();
    }

    /**
     * Swaps in a new build and tells open pages: {@code css} when only stylesheets changed,
     * {@code reload} otherwise (also when nothing changed after a failed build, which clears
     * the error overlay). A build that changed nothing after a good one says nothing.
     */
    public void update(Map<String, byte[]> files, Set<String> changed) {
        update(files, changed, served.basePath());
    }

    /** {@link #update(Map, Set)} for a site served under {@code basePath} ("/notes/"), from its {@code base_url}. */
    public void update(Map<String, byte[]> files, Set<String> changed, String basePath) {
        boolean hadProblems = !served.problems().isEmpty();
        this.served = new Served(files, List.of(), basePath);
        if (changed.isEmpty() && !hadProblems) {
            return; // a save that changed no output: open pages have nothing to show
        }
        boolean cssOnly = !changed.isEmpty() && changed.stream().allMatch(p -> p.endsWith(".css"));
        events.publish(cssOnly ? "css" : "reload", json(Map.of("paths", List.copyOf(changed))));
    }

    /** A rebuild failed: keep serving the last good build, and show its errors on every page. */
    public void fail(List<Problem> problems) {
        this.served = new Served(served.files(), List.copyOf(problems), served.basePath());
        events.publish("problems", problemsEvent(problems));
    }

    @Override
    public void close() {
        events.close();
        server.stop(0);
        pool.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String rawPath = exchange.getRequestURI().getRawPath();
        if (EVENTS.equals(rawPath)) {
            Served now = served;
            events.open(exchange, now.problems().isEmpty() ? null : "problems",
                    now.problems().isEmpty() ? null : problemsEvent(now.problems()));
            return; // the stream stays open; LiveEvents closes it
        }
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            if (rawPath != null && rawPath.startsWith(PREFIX)) {
                byte[] own = ownFiles.get(rawPath.substring(PREFIX.length()));
                if (own != null) {
                    respond(exchange, 200, ContentTypes.of(rawPath), own);
                    return;
                }
            }
            Served now = served;
            URI uri = exchange.getRequestURI();
            if (!now.basePath().equals("/")) {
                if (rawPath == null || rawPath.equals("/") || (rawPath + "/").equals(now.basePath())) {
                    exchange.getResponseHeaders().set("Location", now.basePath());
                    respond(exchange, 302, ContentTypes.of("x.html"), redirectPage(now.basePath()));
                    return;
                }
                uri = SitePaths.under(uri, now.basePath());
            }
            Optional<String> path = SitePaths.resolve(uri, now.files());
            if (path.isPresent()) {
                byte[] body = now.files().get(path.get());
                if (path.get().endsWith(".html")) {
                    body = withLiveReload(body, path.get(), now.problems());
                }
                respond(exchange, 200, ContentTypes.of(path.get()), body);
            } else if (now.files().isEmpty()) {
                respond(exchange, 503, ContentTypes.of("x.html"), withLiveReload(noBuildYet(), "", now.problems()));
            } else {
                byte[] notFound = now.files().getOrDefault("404.html", "<!DOCTYPE html><title>Not found</title><body>Not found</body>"
                        .getBytes(StandardCharsets.UTF_8));
                String wanted = SitePaths.wanted(uri).orElse("");
                respond(exchange, 404, ContentTypes.of("404.html"), withLiveReload(notFound, wanted, now.problems()));
            }
        } catch (IOException e) {
            // the client went away mid-response: nothing to do for this request
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        String etag = etag(body);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("ETag", etag);
        if (status == 200 && matches(exchange.getRequestHeaders().getFirst("If-None-Match"), etag)) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** A strong validator of the bytes sent, so an injected script or overlay changes it too. */
    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Adds the reload script (and the overlay, while a rebuild failed) before {@code </body>}.
     * {@code data-path} tells the script which site file the page shows, so that it reloads only
     * when that file changed.
     */
    static byte[] withLiveReload(byte[] html, String sitePath, List<Problem> problems) {
        String page = new String(html, StandardCharsets.UTF_8);
        String snippet = "<link rel=\"stylesheet\" href=\"" + PREFIX + "live.css\">"
                + (problems.isEmpty() ? "" : ErrorOverlay.html(problems))
                + "<script src=\"" + PREFIX + "live.js\" data-path=\"" + StringEscapeUtils.escapeHtml4(sitePath) + "\"></script>\n";
        int at = page.lastIndexOf("</body>");
        String out = at < 0 ? page + snippet : page.substring(0, at) + snippet + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] redirectPage(String to) {
        String href = StringEscapeUtils.escapeHtml4(to);
        return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Moved</title></head>\n"
                + "<body><p>The site is served under <a href=\"" + href + "\">" + href + "</a>, as its base_url says.</p></body>\n</html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] noBuildYet() {
        return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>No build yet</title></head>\n"
                + "<body>\n<main><h1>No build yet</h1><p>The site has not built yet. Fix the errors below and save.</p></main>\n"
                + "</body>\n</html>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String problemsEvent(List<Problem> problems) {
        return json(Map.of("html", ErrorOverlay.html(problems)));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream("/quire/serve/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: quire/serve/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
