package dev.quire.config;

import dev.quire.diag.DidYouMean;
import dev.quire.yaml.YamlMap;
import dev.quire.yaml.YamlMap.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code home:} mapping of {@code quire.yml}:
 * <pre>
 * home:
 *   sections: [identity, intro, stats, format, focus, latest, archive, topic_log]
 *   recent_focus: {window: 30, count: 24}   # a number, or 'all'
 *   archive: 10
 *   topic_log: 10
 * </pre>
 */
final class HomeSettingsReader {
    private static final List<String> KEYS = List.of("sections", "recent_focus", "archive", "topic_log");
    private static final String ALL = "all";

    private HomeSettingsReader() {
    }

    static HomeSettings read(YamlMap yaml) {
        Optional<YamlMap> home = yaml.map("home");
        if (home.isEmpty()) {
            return HomeSettings.DEFAULT;
        }
        YamlMap h = home.get();
        h.warnUnknownKeys(KEYS, "'home'");
        Optional<YamlMap> focus = h.map("recent_focus");
        focus.ifPresent(f -> f.warnUnknownKeys(List.of("window", "count"), "'recent_focus'"));
        return new HomeSettings(
                h.has("sections") ? sections(h) : HomeSettings.SECTIONS,
                focus.map(f -> countOrAll(f, "window", HomeSettings.FOCUS_WINDOW)).orElse(HomeSettings.FOCUS_WINDOW),
                focus.map(f -> countOrAll(f, "count", HomeSettings.FOCUS_COUNT)).orElse(HomeSettings.FOCUS_COUNT),
                countOrAll(h, "archive", HomeSettings.ARCHIVE),
                countOrAll(h, "topic_log", HomeSettings.TOPIC_LOG));
    }

    /** The sections named, in their order; an unknown or repeated name is an error at its place. */
    private static List<String> sections(YamlMap home) {
        List<String> out = new ArrayList<>();
        for (Located name : home.locatedStringList("sections")) {
            String section = name.value().strip();
            if (!HomeSettings.SECTIONS.contains(section)) {
                home.errorAtPosition(name.line(), name.column(), "unknown home section '" + section + "'",
                        DidYouMean.hint(section, HomeSettings.SECTIONS,
                                "the sections are " + String.join(", ", HomeSettings.SECTIONS)));
            } else if (out.contains(section)) {
                home.errorAtPosition(name.line(), name.column(), "home section '" + section + "' is listed twice",
                        "list each section once, in the order the home page shows them");
            } else {
                out.add(section);
            }
        }
        return List.copyOf(out);
    }

    /** A positive number, or {@code all} for no limit. */
    private static int countOrAll(YamlMap map, String key, int fallback) {
        Optional<String> given = map.string(key); // absent, or a list or mapping already reported
        if (given.isEmpty()) {
            return fallback;
        }
        return given.get().strip().equalsIgnoreCase(ALL) ? Integer.MAX_VALUE : map.positiveInt(key).orElse(fallback);
    }
}
