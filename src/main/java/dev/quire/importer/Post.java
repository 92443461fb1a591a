package dev.quire.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One post of the old blog as read from its file, before conversion.
 *
 * @param path the file relative to the blog's folder, with forward slashes, for messages
 * @param text the whole file, front matter included, for quoting lines in messages
 * @param frontMatter the front matter as YAML, TOML or JSON read it
 * @param body the text after the front matter
 * @param bodyOffset where the body starts in {@code text}
 * @param slug the memo's slug: the file name without its date, or the front matter's {@code slug}
 * @param fileDate the date in a Jekyll file name, or null
 * @param resources files of a Hugo page bundle (its folder's other files), absolute
 * @param oldUrls the URLs the old site served the post at, from the root: its permalink, then aliases
 */
public record Post(String path, String text, Map<String, Object> frontMatter, String body, int bodyOffset,
                   String slug, LocalDate fileDate, List<Path> resources, List<String> oldUrls) {

    public Post withSlug(String newSlug) {
        return new Post(path, text, frontMatter, body, bodyOffset, newSlug, fileDate, resources, oldUrls);
    }

    public Post withOldUrls(List<String> urls) {
        return new Post(path, text, frontMatter, body, bodyOffset, slug, fileDate, resources, List.copyOf(urls));
    }
}
