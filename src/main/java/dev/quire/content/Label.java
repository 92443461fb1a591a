package dev.quire.content;

import dev.quire.source.Slugs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A category or tag name with its URL slug, computed once when the memo is read rather than on
 * every page that links to it.
 */
public record Label(String name, String slug) {
    /** The category of a memo that has none. */
    public static final Label NONE = new Label("", "");

    public static Label of(String name) {
        return name.isEmpty() ? NONE : new Label(name, Slugs.of(name));
    }

    /** Labels in their given order, without a second spelling of one slug ("Adam", "adam"). */
    public static List<Label> distinct(List<String> names) {
        Map<String, Label> bySlug = new LinkedHashMap<>();
        for (String name : names) {
            Label label = of(name);
            bySlug.putIfAbsent(label.slug(), label);
        }
        return List.copyOf(bySlug.values());
    }

    public boolean isEmpty() {
        return name.isEmpty();
    }

    /** The site path of its page: {@code path("tags")} gives {@code tags/weight-decay/}. */
    public String path(String section) {
        return section + "/" + slug + "/";
    }
}
