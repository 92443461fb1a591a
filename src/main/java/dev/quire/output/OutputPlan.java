package dev.quire.output;

import dev.quire.diag.Problem;
import dev.quire.diag.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every file a build will write, with where it comes from, known before anything is written so
 * that two sources claiming one output path are reported rather than one silently winning.
 */
public final class OutputPlan {
    /** A file to write: a rendered page, or a file copied as is. */
    public record Entry(String path, String origin, Renderer renderer, Path copyFrom) {
    }

    /** Renders one page's bytes; run on a worker thread after the plan is checked. */
    @FunctionalInterface
    public interface Renderer {
        byte[] render();
    }

    private final Map<String, Entry> entries = new TreeMap<>();
    private final List<Problem> conflicts = new ArrayList<>();

    public void page(String path, String origin, Renderer renderer) {
        add(new Entry(path, origin, renderer, null));
    }

    public void copy(String path, String origin, Path source) {
        add(new Entry(path, origin, null, source));
    }

    private void add(Entry entry) {
        Entry before = entries.putIfAbsent(entry.path().toLowerCase(Locale.ROOT), entry);
        if (before != null) {
            conflicts.add(Problem.error(entry.origin(), 0, 0,
                    "output conflict: " + before.origin() + " and " + entry.origin() + " both write /" + entry.path(),
                    "rename one of them so that each output file has one source", null));
        }
    }

    public void reportConflicts(Problems problems) {
        conflicts.forEach(problems::add);
    }

    public int size() {
        return entries.size();
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }
}
