package dev.quire.output;

import dev.quire.diag.Problem;
import dev.quire.diag.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every file a build will write, with where it comes from, known before anything is written so
 * that two sources claiming one output path are reported rather than one silently winning.
 */
public final class OutputPlan {
    /**
     * A file to write: a rendered page, or a file copied as is.
     *
     * @param inputs what the file is made from ({@link Inputs}); {@code null} when undeclared,
     *     which means everything, so the file is rendered again after any change
     */
    public record Entry(String path, String origin, Renderer renderer, Path copyFrom, Set<String> inputs) {

        /** Whether a change to {@code changed} (input keys) may change this file. */
        public boolean dependsOnAny(Set<String> changed) {
            if (inputs == null) {
                return true;
            }
            for (String key : inputs) {
                if (changed.contains(key)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Renders one page's bytes; run on a worker thread after the plan is checked. */
    @FunctionalInterface
    public interface Renderer {
        byte[] render();
    }

    private final Map<String, Entry> entries = new TreeMap<>();
    /** Keys (lower-cased paths) of the built-in files a file of the site's own may replace. */
    private final Set<String> builtIn = new HashSet<>();
    private final List<Problem> conflicts = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A page that depends on everything: rendered again after any change in {@code serve}. */
    public void page(String path, String origin, Renderer renderer) {
        add(new Entry(path, origin, renderer, null, null));
    }

    /** A page made from {@code inputs} only (see {@link Inputs}). */
    public void page(String path, String origin, Set<String> inputs, Renderer renderer) {
        add(new Entry(path, origin, renderer, null, Set.copyOf(inputs)));
    }

    /**
     * A file of the default theme (a stylesheet, the favicon, robots.txt): a file of the site's
     * own at the same path replaces it on purpose, and {@link #notes} says so.
     */
    public void builtIn(String path, String origin, Set<String> inputs, Renderer renderer) {
        String key = path.toLowerCase(Locale.ROOT);
        Entry own = entries.get(key);
        if (own != null && own.copyFrom() != null) {
            notes.add(own.origin() + " replaces the built-in /" + path);
            return;
        }
        add(new Entry(path, origin, renderer, null, Set.copyOf(inputs)));
        builtIn.add(key);
    }

    /** A file copied as is; {@code origin} is its path in the site folder. */
    public void copy(String path, String origin, Path source) {
        Entry entry = new Entry(path, origin, null, source, Set.of(Inputs.file(origin)));
        String key = path.toLowerCase(Locale.ROOT);
        if (builtIn.remove(key)) {
            entries.put(key, entry);
            notes.add(origin + " replaces the built-in /" + path);
            return;
        }
        add(entry);
    }

    private void add(Entry entry) {
        Entry before = entries.putIfAbsent(entry.path().toLowerCase(Locale.ROOT), entry);
        if (before != null) {
            conflicts.add(Problem.error(entry.origin(), 0, 0,
                    "output conflict: " + before.origin() + " and " + entry.origin() + " both write /" + entry.path(),
                    "rename one of them so that each output file has one source", null));
        }
    }

    /** Whether some entry already writes {@code path} (compared as the conflict check compares, ignoring case). */
    public boolean has(String path) {
        return entries.containsKey(path.toLowerCase(Locale.ROOT));
    }

    /** The entry writing {@code path}, or null. */
    public Entry get(String path) {
        return entries.get(path.toLowerCase(Locale.ROOT));
    }

    /** A file refused from the plan, with the reason said at its source (a page or alias taking another's path). */
    public void refuse(Problem error) {
        conflicts.add(error);
    }

    /** A file left out of the plan, and why. */
    public void warn(Problem warning) {
        warnings.add(warning);
    }

    /** Two sources writing one path (errors) and files left out (warnings). */
    public void reportProblems(Problems problems) {
        conflicts.forEach(problems::add);
        warnings.forEach(problems::add);
    }

    /** What the site's own files replace of the default theme, one line each, for {@code --verbose}. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    public int size() {
        return entries.size();
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** The entries by output path, for comparing one build's plan with the next. */
    public Map<String, Entry> byPath() {
        Map<String, Entry> out = new TreeMap<>();
        entries.values().forEach(e -> out.put(e.path(), e));
        return out;
    }
}
