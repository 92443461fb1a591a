package dev.quire.importer;

import dev.quire.importer.tex.Macro;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The site's macros, gathered from every post's definitions. The first definition of a name (in
 * the order posts are read, by path) wins; a different later one is a conflict to report, since
 * {@code quire.yml} holds one definition per name.
 */
final class MacroTable {
    private final Map<String, String> macros = new TreeMap<>();

    /** Adds the macro; returns the earlier, different body when the name was already defined otherwise. */
    Optional<String> add(Macro macro) {
        String earlier = macros.putIfAbsent(macro.name(), macro.body());
        return earlier == null || earlier.equals(macro.body()) ? Optional.empty() : Optional.of(earlier);
    }

    /** By name, sorted, as they go into {@code quire.yml}. */
    Map<String, String> all() {
        return Map.copyOf(macros);
    }

    int size() {
        return macros.size();
    }
}
