package dev.quire.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Collects every problem of a build so that all of them are reported at once. Safe to share
 * between the threads that parse memos in parallel.
 */
public final class Problems {
    private final ConcurrentLinkedQueue<Problem> all = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> notes = new ConcurrentLinkedQueue<>();

    public void add(Problem problem) {
        all.add(problem);
    }

    /** An error at a position of a source text; the line's text is looked up for display. */
    public void error(SourceText source, int line, int column, String message, String hint) {
        add(Problem.error(source.path(), line, column, message, hint, source.line(line)));
    }

    public void warning(SourceText source, int line, int column, String message, String hint) {
        add(Problem.warning(source.path(), line, column, message, hint, source.line(line)));
    }

    /** An error about a file or folder as a whole, without a position. */
    public void error(String file, String message, String hint) {
        add(Problem.error(file, 0, 0, message, hint, null));
    }

    /** Not a problem: something done on purpose that {@code --verbose} tells ("static/x replaces the built-in /x"). */
    public void note(String note) {
        notes.add(note);
    }

    /** The notes, sorted. */
    public List<String> notes() {
        return notes.stream().sorted().toList();
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return all.stream().filter(Problem::isError).count();
    }

    /** Every problem in reading order, independent of which thread found it first. */
    public List<Problem> sorted() {
        List<Problem> list = new ArrayList<>(all);
        list.sort(Problem.ORDER);
        return list;
    }
}
