package dev.quire.serve;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a request URI to a path of the built site. Requests are resolved against the map of built
 * files only, never against the file system: "..", ".", encoded slashes or backslashes, and
 * absolute paths name no file, so nothing outside the output can be served.
 */
final class SitePaths {
    private SitePaths() {
    }

    /**
     * The site path a request asks for ("memos/x/index.html" for "/memos/x/"), whether or not it
     * exists; empty when the request path is unsafe or malformed.
     */
    static Optional<String> wanted(URI uri) {
        String raw = uri.getRawPath();
        if (raw == null || !raw.startsWith("/") || raw.startsWith("//")) {
            return Optional.empty();
        }
        String lower = raw.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || raw.contains("\\")) {
            return Optional.empty();
        }
        String path = uri.getPath().substring(1);
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".") || segment.contains(":")) {
                return Optional.empty();
            }
        }
        if (path.contains("//")) {
            return Optional.empty();
        }
        return Optional.of(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
    }

    /**
     * The request as if the site were served from the root: "/notes/memos/x/" under "/notes/"
     * gives "/memos/x/"; a path outside the base gives one that names no file.
     */
    static URI under(URI uri, String basePath) {
        String raw = uri.getRawPath();
        if (raw == null || !raw.startsWith(basePath)) {
            return URI.create("/%00"); // refused by wanted(): nothing outside the base is served
        }
        String rest = "/" + raw.substring(basePath.length());
        return URI.create(rest + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    /** The built file a request names, trying "x/index.html" for "/x" too. */
    static Optional<String> resolve(URI uri, Map<String, byte[]> site) {
        Optional<String> wanted = wanted(uri);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        String path = wanted.get();
        if (site.containsKey(path)) {
            return Optional.of(path);
        }
        return site.containsKey(path + "/index.html") ? Optional.of(path + "/index.html") : Optional.empty();
    }
}
