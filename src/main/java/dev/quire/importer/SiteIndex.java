package dev.quire.importer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a post's new slug from the ways the old blog referred to it: Jekyll's
 * {@code {% post_url 2020-01-05-name %}} and {@code {% link _posts/….md %}}, Hugo's
 * {@code ref "posts/name.md"}, and its old URLs in plain links.
 */
final class SiteIndex {
    private final Map<String, String> byReference = new HashMap<>();
    private final Map<String, String> byUrl = new HashMap<>();

    /** Registers a post under its path in the blog (e.g. {@code _posts/2020-01-05-name.md}). */
    void addPost(String path, String slug) {
        String key = normalize(path);
        byReference.putIfAbsent(key, slug);
        byReference.putIfAbsent(key.substring(key.lastIndexOf('/') + 1), slug);
    }

    void addUrl(String url, String slug) {
        byUrl.putIfAbsent(urlKey(url), slug);
    }

    /** The slug of the post a reference names, by path with or without folder, extension or date. */
    Optional<String> post(String reference) {
        String key = normalize(reference);
        String slug = byReference.get(key);
        if (slug == null) {
            slug = byReference.get(key.substring(key.lastIndexOf('/') + 1));
        }
        return Optional.ofNullable(slug);
    }

    /** The slug of the post the old site served at {@code url} (a path from the root, an anchor allowed). */
    Optional<String> url(String url) {
        int hash = url.indexOf('#');
        return Optional.ofNullable(byUrl.get(urlKey(hash < 0 ? url : url.substring(0, hash))));
    }

    private static String urlKey(String url) {
        String u = url.strip();
        if (u.endsWith("/index.html")) {
            u = u.substring(0, u.length() - "index.html".length());
        }
        return (u.startsWith("/") ? u : "/" + u).toLowerCase(Locale.ROOT);
    }

    private static String normalize(String reference) {
        String r = reference.strip().replace('\\', '/');
        int hash = r.indexOf('#');
        r = hash < 0 ? r : r.substring(0, hash);
        r = r.replaceFirst("^/+", "").replaceFirst("^(content|_posts)/", "").replaceFirst("/+$", "");
        r = r.replaceFirst("\\.(md|markdown)$", "").replaceFirst("/(_?index)$", "");
        return r.toLowerCase(Locale.ROOT);
    }
}
