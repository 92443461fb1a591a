package dev.quire.importer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.quire.diag.Problem;
import dev.quire.diag.Problems;
import dev.quire.yaml.YamlLoading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * An engine's settings file ({@code _config.yml}, {@code hugo.toml}, {@code config.yaml},
 * {@code hugo.json}, ...) read by its library according to its extension. One that cannot be
 * read is reported and read as empty: the posts still come across.
 */
public final class SettingsFile {
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private SettingsFile() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> read(Path file, String name, Problems problems) throws IOException {
        String text = Files.readString(file);
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        try {
            Object value = switch (ext) {
                case "toml" -> new TomlMapper().readValue(text, MAP);
                case "json" -> new ObjectMapper().readValue(text, MAP);
                default -> YamlLoading.load(text);
            };
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> out = new LinkedHashMap<>();
                ((Map<Object, Object>) map).forEach((k, v) -> out.put(String.valueOf(k), v));
                return out;
            }
        } catch (IOException | YamlEngineException e) {
            problems.add(Problem.warning(name, 0, 0, "cannot read the settings: " + e.getMessage().lines().findFirst().orElse(""),
                    "quire.yml was written without them; fill in its title and author by hand", null));
        }
        return Map.of();
    }
}
