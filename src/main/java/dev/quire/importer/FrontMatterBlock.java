package dev.quire.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.quire.yaml.YamlLoading;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The front matter of a post in any of the three forms Hugo reads: YAML between {@code ---}
 * lines (Jekyll's only form), TOML between {@code +++} lines, or a JSON object opening the file.
 * Each is read by its library (SnakeYAML Engine, Jackson's TOML and JSON mappers); only the fences
 * are found here.
 */
final class FrontMatterBlock {
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    /** The front matter, the body, and where the body starts in the file. */
    record Parsed(Map<String, Object> values, String body, int bodyOffset) {
    }

    /** Why a front matter could not be read, and on which line of the file. */
    static final class Invalid extends Exception {
        final int line;

        Invalid(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final TomlMapper toml = new TomlMapper();

    /** Empty when the file has no front matter at all (Jekyll then ignores it; so does the import). */
    Optional<Parsed> read(String text) throws Invalid {
        String fence = text.startsWith("---") ? "---" : text.startsWith("+++") ? "+++" : null;
        if (fence == null) {
            return text.startsWith("{") ? Optional.of(readJson(text)) : Optional.empty();
        }
        int start = text.indexOf('\n') + 1;
        int close = start;
        while (close > 0 && close < text.length() && !text.startsWith(fence, close)) {
            close = text.indexOf('\n', close) + 1;
        }
        if (close <= 0 || close >= text.length()) {
            throw new Invalid("the front matter opened on line 1 is never closed", 1);
        }
        String block = text.substring(start, close);
        int bodyOffset = text.indexOf('\n', close) < 0 ? text.length() : text.indexOf('\n', close) + 1;
        return Optional.of(new Parsed(fence.equals("---") ? readYaml(block) : readToml(block), text.substring(bodyOffset), bodyOffset));
    }

    private Map<String, Object> readYaml(String block) throws Invalid {
        try {
            Object value = YamlLoading.load(block);
            if (value == null) {
                return Map.of();
            }
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> out = new LinkedHashMap<>();
                map.forEach((k, v) -> out.put(String.valueOf(k), v));
                return out;
            }
            throw new Invalid("the front matter is not a mapping of keys to values", 2);
        } catch (YamlLoading.TooDeep e) {
            throw new Invalid("invalid YAML in the front matter: " + e.getProblem(),
                    2 + e.getProblemMark().map(m -> m.getLine()).orElse(0));
        } catch (YamlEngineException e) {
            throw new Invalid("invalid YAML in the front matter: " + e.getMessage().lines().findFirst().orElse(""), 2);
        }
    }

    private Map<String, Object> readToml(String block) throws Invalid {
        try {
            return toml.readValue(block, MAP);
        } catch (JsonProcessingException e) {
            throw new Invalid("invalid TOML in the front matter: " + e.getOriginalMessage(), 2 + Math.max(0, e.getLocation() == null ? 0 : e.getLocation().getLineNr() - 1));
        }
    }

    /** Hugo's JSON front matter: an object at the top of the file, the body after its closing brace. */
    private Parsed readJson(String text) throws Invalid {
        try (var parser = json.getFactory().createParser(text)) {
            Map<String, Object> values = json.readValue(parser, MAP);
            int end = (int) parser.currentLocation().getCharOffset();
            int bodyOffset = text.indexOf('\n', end) < 0 ? text.length() : text.indexOf('\n', end) + 1;
            return new Parsed(values, text.substring(bodyOffset), bodyOffset);
        } catch (java.io.IOException e) {
            throw new Invalid("invalid JSON in the front matter: " + e.getMessage().lines().findFirst().orElse(""), 1);
        }
    }
}
