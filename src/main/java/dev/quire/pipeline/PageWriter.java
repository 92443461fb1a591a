package dev.quire.pipeline;

import dev.quire.output.OutputPlan.Entry;
import dev.quire.output.OutputSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The last stage: renders planned files and hands them to the sink, in parallel. What to render
 * is decided here too: everything for a first build, and after a change only the entries that
 * are new, whose inputs changed, or that depend on a changed input key.
 */
final class PageWriter {
    private PageWriter() {
    }

    /**
     * The entries of {@code plan} a change to {@code changedKeys} may change, given the plan the
     * sink's current files were written from; everything when there is no previous plan.
     */
    static Collection<Entry> touched(Map<String, Entry> plan, Map<String, Entry> previous, Set<String> changedKeys) {
        if (previous == null || changedKeys == null) {
            return plan.values();
        }
        return plan.values().stream().filter(entry -> {
            Entry old = previous.get(entry.path());
            return old == null || !Objects.equals(old.inputs(), entry.inputs()) || entry.dependsOnAny(changedKeys);
        }).toList();
    }

    /**
     * Renders and writes {@code entries}, then deletes what the previous plan had and this one
     * has not.
     *
     * @throws CancellationException when {@code cancel} says so, between files
     */
    static void write(Collection<Entry> entries, Map<String, Entry> plan, Map<String, Entry> previous, OutputSink sink,
                      BooleanSupplier cancel) {
        entries.parallelStream().forEach(entry -> {
            if (cancel.getAsBoolean()) {
                throw new CancellationException();
            }
            try {
                if (entry.copyFrom() != null) {
                    sink.copy(entry.path(), entry.copyFrom());
                } else {
                    sink.write(entry.path(), render(entry));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + entry.path(), e);
            }
        });
        if (previous != null) {
            for (String path : previous.keySet()) {
                if (!plan.containsKey(path)) {
                    sink.delete(path);
                }
            }
        }
    }

    /** A page's bytes; a failure names the page and what it is made from. */
    private static byte[] render(Entry entry) {
        try {
            return entry.renderer().render();
        } catch (UncheckedIOException | CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException("failed to render /" + entry.path() + " (" + entry.origin() + ")", e);
        }
    }
}
