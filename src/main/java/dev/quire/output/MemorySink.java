package dev.quire.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;

/**
 * Keeps the output in memory, sorted by path: for tests, {@code check} and {@code serve}.
 *
 * <p>{@link #over} starts from a previous output and records which paths a commit changed, so
 * that {@code serve} writes through this sink like any build and still knows which open pages
 * to reload. Usage: {@code MemorySink sink = MemorySink.over(files, published -> files = published)}.
 */
public final class MemorySink implements OutputSink {
    /** A path written with these bytes is a removed path (never a real file's bytes: compared by identity). */
    private static final byte[] DELETED = new byte[0];

    private final SortedMap<String, byte[]> base;
    private final Consumer<SortedMap<String, byte[]>> onCommit;
    private final ConcurrentSkipListMap<String, byte[]> written = new ConcurrentSkipListMap<>();
    private volatile SortedMap<String, byte[]> committed = Collections.emptySortedMap();
    private volatile Set<String> changed = Set.of();

    /** An empty sink. */
    public MemorySink() {
        this(Collections.emptySortedMap(), published -> { });
    }

    private MemorySink(SortedMap<String, byte[]> base, Consumer<SortedMap<String, byte[]>> onCommit) {
        this.base = base;
        this.onCommit = onCommit;
        this.committed = base;
    }

    /**
     * A sink that starts from {@code previous} and hands each committed output to
     * {@code onCommit}, on the committing thread, before {@link #commit} returns.
     */
    public static MemorySink over(Map<String, byte[]> previous, Consumer<SortedMap<String, byte[]>> onCommit) {
        return new MemorySink(Collections.unmodifiableSortedMap(new TreeMap<>(previous)), onCommit);
    }

    @Override
    public void write(String path, byte[] content) {
        written.put(path, content);
    }

    @Override
    public void copy(String path, Path source) throws IOException {
        written.put(path, Files.readAllBytes(source));
    }

    @Override
    public void delete(String path) {
        written.put(path, DELETED);
    }

    @Override
    public void commit() {
        TreeMap<String, byte[]> files = new TreeMap<>(base);
        Set<String> diff = new TreeSet<>();
        written.forEach((path, bytes) -> {
            byte[] before = bytes == DELETED ? files.remove(path) : files.put(path, bytes);
            if (bytes == DELETED ? before != null : !Arrays.equals(before, bytes)) {
                diff.add(path);
            }
        });
        committed = Collections.unmodifiableSortedMap(files);
        changed = Collections.unmodifiableSet(diff);
        onCommit.accept(committed);
    }

    @Override
    public void abort() {
        written.clear();
    }

    /** The files of the last committed build (the previous output before the first commit). */
    public Map<String, byte[]> files() {
        return committed;
    }

    /** The paths the last commit added, changed or removed. */
    public Set<String> changed() {
        return changed;
    }
}
