package dev.quire.frontmatter;

import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import dev.quire.yaml.YamlMap;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Reads a memo's YAML front matter into a {@link FrontMatter}, reporting every problem with its position. */
public final class FrontMatterReader {
    /**
     * Keys a memo may use. {@code toc}, {@code distinct_from} and {@code answers} belong to the
     * writing and editorial features and are accepted here so that they are never reported as typos.
     */
    public static final List<String> KEYS = List.of("title", "date", "category", "tags", "description", "abstract",
            "question", "draft", "slug", "toc", "distinct_from", "answers", "updated", "series", "aliases");
    private static final String SLUG_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";

    private FrontMatterReader() {
    }

    public static Optional<FrontMatter> read(SourceText source, Split split, Problems problems) {
        long errorsBefore = problems.errorCount();
        Optional<YamlMap> parsed = YamlMap.parse(source, split.yaml(), split.yamlFirstLine(), problems, "front matter");
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMap yaml = parsed.get();
        yaml.warnUnknownKeys(KEYS, "front matter");

        Optional<String> title = yaml.string("title");
        if (title.isEmpty() || title.get().isBlank()) {
            problems.error(source, 1, 1, "front matter has no 'title'", "add a line such as 'title: Why warmup stabilizes Adam'");
        }
        OffsetDateTime date = null;
        if (!yaml.has("date")) {
            problems.error(source, 1, 1, "front matter has no 'date'", "add a line such as 'date: 2026-03-09'");
        } else {
            Optional<String> text = yaml.string("date");
            date = text.flatMap(MemoDates::parse).orElse(null);
            if (text.isPresent() && date == null) {
                yaml.errorAt("date", "cannot read the date '" + text.get() + "'",
                        "write it as " + String.join(", ", MemoDates.FORMS));
            }
        }
        String category = yaml.strictString("category", "a memo has exactly one category, written as text: 'category: Optimization'")
                .orElse("");
        String slug = yaml.string("slug").orElse(null);
        if (slug != null && !slug.matches(SLUG_PATTERN)) {
            yaml.errorAt("slug", "the slug '" + slug + "' cannot be used in a URL",
                    "use letters, digits, '-', '_' and '.', such as 'adam-warmup'");
        }
        FrontMatter fm = new FrontMatter(
                title.orElse("").strip(),
                date,
                category.strip(),
                yaml.stringList("tags").stream().map(String::strip).filter(t -> !t.isEmpty()).toList(),
                yaml.string("description").orElse("").strip(),
                yaml.string("abstract").orElse("").strip(),
                yaml.string("question").orElse("").strip(),
                yaml.bool("draft").orElse(false),
                slug,
                yaml.lineOf("slug"),
                yaml.columnOf("slug"),
                EditorialKeys.read(source, yaml),
                yaml.bool("toc").orElse(true),
                yaml.string("series").orElse("").strip(),
                revisions(source, yaml, date, problems));
        return problems.errorCount() > errorsBefore ? Optional.empty() : Optional.of(fm);
    }

    /** {@code updated:} and {@code aliases:}; a revision dated before the memo itself is an error. */
    private static Revisions revisions(SourceText source, YamlMap yaml, OffsetDateTime date, Problems problems) {
        Revisions revisions = Revisions.read(source, yaml, problems);
        if (date != null && revisions.updated() != null && revisions.updated().isBefore(date)) {
            yaml.errorAt("updated", "'updated' (" + yaml.string("updated").orElse("") + ") is before the memo's 'date'",
                    "'updated' is the date of the last revision, on or after the date the memo was published");
        }
        return revisions;
    }
}
