package dev.quire.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a build writes its files, by site path ({@code memos/x/index.html}). One build writes to
 * disk for {@code quire build} and to memory for tests and {@code quire serve}. Writes may come
 * from several threads at once.
 *
 * <p>A sink may start from the previous output ({@link MemorySink#over}, as {@code serve} keeps
 * it): the pipeline then writes only the files a change touched and deletes the ones it no
 * longer plans. A sink that starts empty ({@link DiskSink}, a new {@link MemorySink}) is given
 * every file.
 */
public interface OutputSink {
    void write(String path, byte[] content) throws IOException;

    void copy(String path, Path source) throws IOException;

    /** Removes a file the previous output had and this one has not (a sink that starts empty has nothing to remove). */
    void delete(String path);

    /** Makes the written files the output; called only when the build succeeded. */
    void commit() throws IOException;

    /** Discards what was written; the previous output stays as it was. */
    void abort();
}
