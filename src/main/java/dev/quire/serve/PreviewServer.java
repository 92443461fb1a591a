package dev.quire.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;

/**
 * Serves a built site from memory. Requests are resolved against the map of built files only, so
 * no request can reach the file system: "..", encoded slashes and absolute paths simply name no
 * file and get the site's 404 page.
 */
public final class PreviewServer implements AutoCloseable {
    private final HttpServer server;
    private volatile Map<String, byte[]> files;

    public PreviewServer(String host, int port, Map<String, byte[]> files) throws IOException {
        this.files = files;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 64);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "quire-serve");
            t.setDaemon(true);
            return t;
        }));
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Swaps in a new build; requests already running finish with the old one. */
    public void update(Map<String, byte[]> newFiles) {
        this.files = newFiles;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Map<String, byte[]> site = files;
            Optional<String> path = SitePaths.resolve(exchange.getRequestURI(), site);
            int status = path.isPresent() ? 200 : 404;
            String served = path.orElse("404.html");
            byte[] body = site.getOrDefault(served, "Not found\n".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseHeaders().set("Content-Type", ContentTypes.of(served));
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            if (method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // the client went away mid-response: nothing to do for this request
        }
    }

    /** Maps a request URI to a built file path. */
    static final class SitePaths {
        private SitePaths() {
        }

        static Optional<String> resolve(URI uri, Map<String, byte[]> site) {
            String raw = uri.getRawPath();
            if (raw == null || !raw.startsWith("/") || raw.contains("%2f") || raw.contains("%2F") || raw.contains("%5c")
                    || raw.contains("%5C") || raw.contains("\\")) {
                return Optional.empty();
            }
            String path = uri.getPath().substring(1);
            for (String segment : path.split("/")) {
                if (segment.equals("..") || segment.equals(".")) {
                    return Optional.empty();
                }
            }
            if (path.isEmpty() || path.endsWith("/")) {
                path = path + "index.html";
            }
            if (site.containsKey(path)) {
                return Optional.of(path);
            }
            return site.containsKey(path + "/index.html") ? Optional.of(path + "/index.html") : Optional.empty();
        }
    }
}
