package dev.quire.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a build writes its files, by site path ({@code memos/x/index.html}). One build writes to
 * disk for {@code quire build} and to memory for tests and {@code quire serve}. Writes may come
 * from several threads at once.
 */
public interface OutputSink {
    void write(String path, byte[] content) throws IOException;

    void copy(String path, Path source) throws IOException;

    /** Makes the written files the output; called only when the build succeeded. */
    void commit() throws IOException;

    /** Discards what was written; the previous output stays as it was. */
    void abort();
}
