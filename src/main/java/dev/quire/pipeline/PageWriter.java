package dev.quire.pipeline;

import dev.quire.output.Inputs;
import dev.quire.output.OutputPlan.Entry;
import dev.quire.output.OutputSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

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
        // A task that fails must not end the stream early: a parallel forEach rethrows the first
        // failure while other workers still write, and the abort that follows would delete the
        // staging folder under them (failing with DirectoryNotEmptyException, hiding the cause).
        // So each failure is kept, the remaining tasks skip their work, and the failure is
        // thrown only once every worker has stopped.
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // The files that show many memos (lists, feeds) first, then each worker takes the next
        // file as it is free: a parallel stream over the plan's path order ended on the tag
        // pages, one worker rendering the last of them while the other had nothing left (a tenth
        // of a warm 4,000-memo build's pages stage).
        List<Entry> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparingInt(PageWriter::memosShown).reversed());
        AtomicInteger next = new AtomicInteger();
        IntStream.range(0, ForkJoinPool.getCommonPoolParallelism() + 1).parallel().forEach(worker -> {
            for (int i = next.getAndIncrement(); i < ordered.size(); i = next.getAndIncrement()) {
                write(ordered.get(i), sink, cancel, failure);
            }
        });
        Throwable first = failure.get();
        if (first instanceof RuntimeException e) {
            throw e;
        } else if (first instanceof Error e) {
            throw e;
        }
        if (previous != null) {
            for (String path : previous.keySet()) {
                if (!plan.containsKey(path)) {
                    sink.delete(path);
                }
            }
        }
    }

    /**
     * How many memos a file's inputs name, a measure of its cost: the most for one that depends
     * on every memo (the home page, the archive, feeds, the search index) or on everything.
     */
    private static int memosShown(Entry entry) {
        Set<String> inputs = entry.inputs();
        if (inputs == null || inputs.contains(Inputs.MEMO_LIST) || inputs.contains(Inputs.ANY_MEMO)) {
            return Integer.MAX_VALUE;
        }
        return inputs.size();
    }

    /** Writes one file, unless a failure came first; keeps its own failure in {@code failure}. */
    private static void write(Entry entry, OutputSink sink, BooleanSupplier cancel, AtomicReference<Throwable> failure) {
        if (failure.get() != null) {
            return;
        }
        try {
            if (cancel.getAsBoolean()) {
                throw new CancellationException();
            }
            if (entry.copyFrom() != null) {
                sink.copy(entry.path(), entry.copyFrom());
            } else {
                sink.write(entry.path(), render(entry));
            }
        } catch (IOException e) {
            keep(failure, new UncheckedIOException("cannot write " + entry.path(), e));
        } catch (RuntimeException | Error e) {
            keep(failure, e);
        }
    }

    /** The first failure is the one said; later ones are most often the same, and are dropped. */
    private static void keep(AtomicReference<Throwable> failure, Throwable e) {
        failure.compareAndSet(null, e);
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
