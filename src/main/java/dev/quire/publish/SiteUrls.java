package dev.quire.publish;

import dev.quire.config.SiteConfig;

/**
 * Absolute addresses from {@code base_url}: feeds, the sitemap and search engines need them.
 * Without a {@code base_url} there is no public address, and these outputs are not written.
 */
public record SiteUrls(String base) {

    public static boolean available(SiteConfig config) {
        return !config.baseUrl().equals("/");
    }

    public static SiteUrls of(SiteConfig config) {
        if (!available(config)) {
            throw new IllegalStateException("no base_url: absolute addresses are not known");
        }
        return new SiteUrls(config.baseUrl());
    }

    /** "memos/x/" gives "https://notes.example.org/memos/x/". */
    public String of(String path) {
        return base + path;
    }
}
