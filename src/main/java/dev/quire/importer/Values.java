package dev.quire.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reads of front matter and settings as the YAML, TOML and JSON libraries give them
 * (maps, lists, strings, numbers, booleans), forgiving as the old engines were.
 */
public final class Values {
    private Values() {
    }

    /** A scalar as text; absent, blank or not a scalar is empty. */
    public static Optional<String> string(Map<String, Object> map, String key) {
        Object v = map.get(key);
        if (v == null || v instanceof Map || v instanceof List) {
            return Optional.empty();
        }
        String s = String.valueOf(v).strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** A list, or a string of words separated by spaces (Jekyll's {@code tags: a b c}). */
    public static List<String> words(Map<String, Object> map, String key) {
        Object v = map.get(key);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            list.stream().filter(item -> item != null).map(item -> String.valueOf(item).strip())
                    .filter(s -> !s.isEmpty()).forEach(out::add);
        } else if (v != null && !(v instanceof Map)) {
            for (String word : String.valueOf(v).strip().split("\\s+")) {
                if (!word.isEmpty()) {
                    out.add(word);
                }
            }
        }
        return out;
    }

    /** A list of strings; a single string is a list of one (Hugo's {@code aliases}). */
    public static List<String> list(Map<String, Object> map, String key) {
        Object v = map.get(key);
        if (v instanceof List<?>) {
            return words(map, key);
        }
        return string(map, key).map(List::of).orElse(List.of());
    }

    public static Optional<Boolean> bool(Map<String, Object> map, String key) {
        Object v = map.get(key);
        if (v instanceof Boolean b) {
            return Optional.of(b);
        }
        return string(map, key).filter(s -> s.equals("true") || s.equals("false")).map(Boolean::parseBoolean);
    }

    /** A nested mapping, or an empty one. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Map<String, Object> map, String key) {
        Object v = map.get(key);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
