package dev.quire.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** Keeps the output in memory, sorted by path. */
public final class MemorySink implements OutputSink {
    private final ConcurrentSkipListMap<String, byte[]> files = new ConcurrentSkipListMap<>();
    private volatile SortedMap<String, byte[]> committed = Collections.emptySortedMap();

    @Override
    public void write(String path, byte[] content) {
        files.put(path, content);
    }

    @Override
    public void copy(String path, Path source) throws IOException {
        files.put(path, Files.readAllBytes(source));
    }

    @Override
    public void commit() {
        committed = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    @Override
    public void abort() {
        files.clear();
    }

    /** The files of the last committed build. */
    public Map<String, byte[]> files() {
        return committed;
    }
}
