package dev.quire.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * The new site's {@code quire.yml}: what the old settings say of the site (title, author,
 * description as the tagline, address, language) and the macros gathered from the posts.
 */
final class SettingsWriter {
    private static final Dump DUMP = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(1000).build());

    private SettingsWriter() {
    }

    /** The base URL in Quire's form (absolute, ending in '/'), or empty when the old one was not absolute. */
    static String baseUrl(Blog.Settings settings) {
        String url = settings.baseUrl().strip();
        String withSlash = url.endsWith("/") ? url : url + "/";
        return withSlash.matches("https?://[^\\s/]+/.*") ? withSlash : "";
    }

    static String write(Blog.Settings settings, String fallbackTitle, Map<String, String> macros) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", settings.title().isBlank() ? fallbackTitle : settings.title());
        put(out, "author", settings.author());
        put(out, "tagline", settings.tagline().replaceAll("\\s+", " ").strip());
        put(out, "base_url", baseUrl(settings));
        put(out, "language", settings.language());
        if (!macros.isEmpty()) {
            out.put("math", Map.of("macros", new TreeMap<>(macros)));
        }
        return DUMP.dumpToString(out);
    }

    private static void put(Map<String, Object> out, String key, String value) {
        if (!value.isBlank()) {
            out.put(key, value);
        }
    }
}
