package dev.quire.config;

import dev.quire.diag.Problem;
import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import dev.quire.yaml.YamlMap;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The values {@code quire new site} writes for the author to replace ({@code author: Your Name},
 * {@code base_url: https://notes.example.org/}), found while they are still there. {@code build}
 * warns about each: published, they would put a stranger's address in every feed, sitemap and
 * canonical link, and "Your Name" on every page and citation. {@code serve} and {@code check}
 * stay quiet: a preview is not a publication.
 */
public final class Placeholders {
    /** The scaffold's values, which {@code scaffold.Scaffold} writes and this class looks for. */
    public static final String AUTHOR = "Your Name";
    public static final String HOST = "notes.example.org";

    private Placeholders() {
    }

    /** A warning for each placeholder left in {@code text}, the contents of {@code quire.yml}. */
    public static List<Problem> in(String text) {
        Problems found = new Problems();
        Optional<YamlMap> parsed = YamlMap.parse(new SourceText(ConfigLoader.FILE, text), text, 1, new Problems(),
                ConfigLoader.FILE);
        if (parsed.isEmpty()) {
            return List.of(); // the build itself reports why
        }
        YamlMap yaml = parsed.get();
        SourceText source = new SourceText(ConfigLoader.FILE, text);
        yaml.string("author").filter(a -> a.strip().equals(AUTHOR)).ifPresent(a -> found.warning(source,
                yaml.lineOf("author"), yaml.columnOf("author"),
                "'author' is still the placeholder '" + AUTHOR + "' of 'quire new site': it would be published on every page and in every citation",
                "write your name as readers should cite it, e.g. 'author: Ada Example'"));
        yaml.string("base_url").filter(Placeholders::isPlaceholderUrl).ifPresent(u -> found.warning(source,
                yaml.lineOf("base_url"), yaml.columnOf("base_url"),
                "'base_url' is still the placeholder of 'quire new site': feeds, the sitemap and canonical links would point to " + HOST,
                "set it to the address the site will be published at, e.g. 'base_url: https://jdoe.github.io/notes/'"));
        return found.sorted();
    }

    private static boolean isPlaceholderUrl(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host != null && host.toLowerCase(Locale.ROOT).equals(HOST);
        } catch (IllegalArgumentException e) {
            return false; // not an address at all: the build reports it
        }
    }
}
