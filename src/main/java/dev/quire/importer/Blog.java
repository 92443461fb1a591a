package dev.quire.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An old blog as one engine lays it out: its settings, its posts (with the URLs they had), the
 * files its posts refer to, and the engine's own Markdown extensions (Liquid, shortcodes,
 * kramdown's attribute lists) rewritten into Quire's.
 */
public interface Blog {
    /** The settings file as found, relative to the blog's folder ({@code _config.yml}, {@code hugo.toml}), or null. */
    String configPath();

    /** The settings the site's {@code quire.yml} is made from. */
    Settings settings();

    /** What ends a post's summary in its body: {@code <!--more-->}, or Jekyll's {@code excerpt_separator}. */
    String summaryDivider();

    /**
     * Whether the engine gave math to the page as written: kramdown reads {@code $$} math itself,
     * goldmark does with its passthrough extension. Without it, Markdown's escapes reached the
     * TeX first, and posts were written for that ({@code $a\_1$} for a subscript).
     */
    boolean mathPassesThrough();

    /** Every post, sorted by path. */
    List<Post> posts();

    /** The file of the blog a post's local link or image names (a path from the root, or relative to the post). */
    Optional<LocalFile> localFile(String url, Post post);

    /** Files published as they are (Hugo's {@code static/}): path in the site → file. */
    Map<String, Path> staticFiles();

    /** The engine's Markdown extensions in one stretch of text, rewritten; problems go to {@code context}. */
    String convert(Piece.Text text, PostContext context);

    /**
     * A file of the blog.
     *
     * @param sitePath where the old site published it, from the root without a leading slash;
     *     null for a file of a page bundle, which only its post may use
     */
    record LocalFile(Path file, String sitePath) {
    }

    /** What {@code quire.yml} takes from the old settings. Empty strings when absent. */
    record Settings(String title, String author, String tagline, String baseUrl, String language) {
    }
}
