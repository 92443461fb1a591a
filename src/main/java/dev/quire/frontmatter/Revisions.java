package dev.quire.frontmatter;

import dev.quire.diag.Place;
import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import dev.quire.yaml.YamlMap;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a memo's or a page's front matter says about its history: when it was last revised
 * ({@code updated:}) and the addresses it was published at before ({@code aliases:}), each of
 * which gets a redirect page. Whether an alias collides with another page is known only once
 * every page is planned, so each alias keeps where it was written.
 *
 * @param updated the date of the last revision, or null
 * @param updatedPlace where {@code updated:} was written, or null
 */
public record Revisions(OffsetDateTime updated, Place updatedPlace, List<Alias> aliases) {

    public static final Revisions NONE = new Revisions(null, null, List.of());

    /** An old address, as a site path ("2019/05/old-post/"), and where it was written. */
    public record Alias(String path, String written, Place place) {

        /** The file the redirect page is written to: a folder's index, or the named file. */
        public String file() {
            return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        }
    }

    private static final Pattern UNSAFE = Pattern.compile("(^|/)\\.\\.?(/|$)|[?#\\\\]|//");

    public Revisions {
        aliases = List.copyOf(aliases);
    }

    static Revisions read(SourceText source, YamlMap yaml, Problems problems) {
        OffsetDateTime updated = null;
        Place updatedPlace = null;
        Optional<String> text = yaml.string("updated");
        if (text.isPresent()) {
            updated = MemoDates.parse(text.get()).orElse(null);
            updatedPlace = Place.of(source, yaml.lineOf("updated"), yaml.columnOf("updated"));
            if (updated == null) {
                yaml.errorAt("updated", "cannot read the date '" + text.get() + "'",
                        "write it as " + String.join(", ", MemoDates.FORMS));
            }
        }
        List<Alias> aliases = new ArrayList<>();
        for (YamlMap.Located item : yaml.locatedStringList("aliases")) {
            Place place = Place.of(source, item.line(), item.column());
            String written = item.value().strip();
            if (!written.startsWith("/") || written.contains("://") || UNSAFE.matcher(written).find() || written.equals("/")) {
                problems.add(place.error("the alias '" + written + "' is not an address on this site",
                        "write the old address from the site's root, such as '/2019/05/old-post/' or '/notes/old.html'"));
                continue;
            }
            String path = written.substring(1);
            // an address without a file extension is a folder, as servers serve /old-post as /old-post/
            if (!path.endsWith("/") && !path.substring(path.lastIndexOf('/') + 1).contains(".")) {
                path = path + "/";
            }
            aliases.add(new Alias(path, written, place));
        }
        return new Revisions(updated, updatedPlace, aliases);
    }
}
