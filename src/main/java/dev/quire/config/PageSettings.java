package dev.quire.config;

import dev.quire.diag.Place;
import dev.quire.yaml.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the settings of pages beyond memos from {@code quire.yml}: {@code menu:} and {@code publications:}. */
final class PageSettings {
    private static final List<String> MENU_LINK_KEYS = List.of("title", "url", "page");
    private static final List<String> PUBLICATION_KEYS = List.of("title", "intro", "slug", "keywords", "authors");

    private PageSettings() {
    }

    /**
     * {@code menu: [about, archive, {title: Code, url: https://github.com/ada}]}: names, or
     * mappings with a {@code title} and either a {@code url} or a {@code page} name.
     */
    static List<MenuEntry> menu(YamlMap yaml) {
        List<MenuEntry> menu = new ArrayList<>();
        for (YamlMap.Item item : yaml.items("menu")) {
            Place place = Place.of(yaml.source(), item.line(), item.column());
            if (item.text() != null) {
                menu.add(new MenuEntry(item.text().strip(), "", null, place));
                continue;
            }
            YamlMap link = item.map();
            link.warnUnknownKeys(MENU_LINK_KEYS, "a menu entry");
            String title = link.string("title").orElse("").strip();
            Optional<String> url = link.string("url").map(String::strip);
            Optional<String> page = link.string("page").map(String::strip);
            if (url.isPresent() == page.isPresent()) {
                link.errorAtStart("a menu entry needs either a 'url' or a 'page'",
                        "write '{title: Code, url: https://github.com/you}' or '{title: Résumé, page: cv}'");
            } else if (url.isPresent() && title.isEmpty()) {
                link.errorAtStart("a menu link needs a 'title'", "write '{title: Code, url: " + url.get() + "}'");
            } else if (url.isPresent() && !url.get().matches("(https?://|mailto:)\\S+|/\\S*")) {
                link.errorAt("url", "'" + url.get() + "' is neither an absolute address nor a path from the site's root",
                        "write 'https://…' for another site, or '/cv.pdf' for a file of this one");
            } else {
                menu.add(new MenuEntry(page.orElse(null), title, url.orElse(null), place));
            }
        }
        return List.copyOf(menu);
    }

    /** {@code publications: true}, or a mapping of its settings; null when absent or false. */
    static PublicationSettings publications(YamlMap yaml) {
        if (!yaml.has("publications")) {
            return null;
        }
        if (!yaml.isMapping("publications")) {
            return yaml.bool("publications").orElse(false) ? defaults() : null;
        }
        YamlMap given = yaml.map("publications").orElseThrow();
        given.warnUnknownKeys(PUBLICATION_KEYS, "'publications'");
        String slug = given.string("slug").map(String::strip).orElse("publications");
        if (!slug.matches("[a-z0-9][a-z0-9._-]*")) {
            given.errorAt("slug", "the slug '" + slug + "' cannot be a page's address",
                    "use lower-case letters, digits, '-', '_' and '.', such as 'papers'");
        }
        return new PublicationSettings(slug,
                given.string("title").orElse("Publications").strip(),
                given.string("intro").orElse("").strip(),
                given.has("keywords") ? given.stringList("keywords") : PublicationSettings.DEFAULT_KEYWORDS,
                given.stringList("authors"));
    }

    private static PublicationSettings defaults() {
        return new PublicationSettings("publications", "Publications", "", PublicationSettings.DEFAULT_KEYWORDS, List.of());
    }
}
