package dev.quire.frontmatter;

import dev.quire.diag.Place;
import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import dev.quire.yaml.YamlMap;
import java.util.List;
import java.util.Optional;

/**
 * The front matter of a page of {@code pages/} (about, CV, ...): a title, and what a memo's front
 * matter says of itself that a page can use. A page has no date, category or themes: it is not
 * a memo, and no list shows it.
 *
 * @param slug the page's address from the front matter ("cv" for {@code /cv/}), or null when the
 *     file name gives it
 * @param slugPlace where the slug was written (the {@code slug:} value, else the file's start),
 *     where a page that takes another's address is reported
 */
public record PageFrontMatter(String title, String description, boolean draft, String slug, Place slugPlace, boolean toc,
                              Revisions revisions) {

    public static final List<String> KEYS = List.of("title", "description", "draft", "slug", "toc", "updated", "aliases");
    private static final String SLUG_PATTERN = "[a-z0-9][a-z0-9._-]*";

    public static Optional<PageFrontMatter> read(SourceText source, Split split, Problems problems) {
        long errorsBefore = problems.errorCount();
        Optional<YamlMap> parsed = YamlMap.parse(source, split.yaml(), split.yamlFirstLine(), problems, "front matter");
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMap yaml = parsed.get();
        yaml.warnUnknownKeys(KEYS, "a page's front matter");
        Optional<String> title = yaml.string("title");
        if (title.isEmpty() || title.get().isBlank()) {
            problems.error(source, 1, 1, "front matter has no 'title'", "add a line such as 'title: About'");
        }
        String slug = yaml.string("slug").map(String::strip).orElse(null);
        if (slug != null && !slug.matches(SLUG_PATTERN)) {
            yaml.errorAt("slug", "the slug '" + slug + "' cannot be a page's address",
                    "use lower-case letters, digits, '-', '_' and '.', such as 'cv'");
        }
        Place slugPlace = slug != null ? Place.of(source, yaml.lineOf("slug"), yaml.columnOf("slug")) : Place.of(source, 1, 1);
        PageFrontMatter fm = new PageFrontMatter(
                title.orElse("").strip(),
                yaml.string("description").orElse("").strip(),
                yaml.bool("draft").orElse(false),
                slug,
                slugPlace,
                yaml.bool("toc").orElse(true),
                Revisions.read(source, yaml, problems));
        return problems.errorCount() > errorsBefore ? Optional.empty() : Optional.of(fm);
    }
}
