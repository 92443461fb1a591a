package dev.quire.output;

import dev.quire.diag.Defects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes a build into a staging folder beside the output folder and swaps it in only when the
 * build succeeded, so a failed build leaves the previous output exactly as it was. One build at
 * a time writes to an output folder ({@link OutputLock}); close the sink to let the next one in.
 *
 * <p>The swap is two renames (output aside, staging in its place), as no portable call swaps two
 * folders at once. Each step can be undone: a second rename that fails puts the previous output
 * back, and a build stopped between the two (killed, power lost) is mended by the next one,
 * which first moves the previous output back where it was.
 *
 * <p>A file whose bytes equal the previous output's is hard-linked from it rather than written
 * again ({@link PreviousOutput}).
 *
 * <p>Usage: {@code try (DiskSink sink = new DiskSink(out, err::println)) { builder.build(options, sink); }}
 */
public final class DiskSink implements OutputSink, AutoCloseable {
    /** Moves a folder; a test's can fail on purpose. */
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    private final Path out;
    private final Path staging;
    private final Path old;
    private final Mover mover;
    private final OutputLock lock;
    /** Folders of the staging folder made so far: a site has a folder per page, each made once rather than per file. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** The output folder as it was: files whose bytes are unchanged are linked from it, not written again. */
    private final PreviousOutput previous;

    public DiskSink(Path out) throws IOException {
        this(out, note -> { });
    }

    /** @param notes told, in a sentence, when the build waits for another or mends an interrupted one */
    public DiskSink(Path out, Consumer<String> notes) throws IOException {
        this(out, notes, DiskSink::move);
    }

    DiskSink(Path out, Consumer<String> notes, Mover mover) throws IOException {
        this.out = out.toAbsolutePath().normalize();
        this.mover = mover;
        String name = this.out.getFileName().toString();
        this.staging = this.out.resolveSibling(SiblingNames.of(name, ".staging"));
        this.old = this.out.resolveSibling(SiblingNames.of(name, ".old"));
        this.lock = OutputLock.acquire(this.out.resolveSibling(SiblingNames.of(name, ".lock")),
                () -> notes.accept("waiting for another build into " + this.out + " to finish"));
        try {
            mend(notes);
            deleteTree(staging);
            Files.createDirectories(staging);
            previous = PreviousOutput.of(this.out);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The folder the build writes into before it is swapped in. */
    public Path staging() {
        return staging;
    }

    /**
     * A build stopped between the two renames left no output folder and the previous output
     * aside: it goes back. One stopped after them left the previous output aside beside the new:
     * it goes.
     */
    private void mend(Consumer<String> notes) throws IOException {
        if (!Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(old);
        } else {
            mover.move(old, out);
            notes.accept("an earlier build stopped while replacing " + out + "; its previous output was put back");
        }
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        Path target = staging.resolve(path);
        makeFolder(target.getParent());
        if (!previous.linkIfSame(path, content, target)) {
            writeFile(target, content);
        }
    }

    /**
     * Writes {@code content} to a new file in one call to the kernel where it takes it whole:
     * {@code Files.write} hands it over 8 KB at a time, 3.5 writes a file on average in a
     * 4,000-memo build (`strace -c`: 31,439 writes for 9,083 files).
     */
    private static void writeFile(Path target, byte[] content) throws IOException {
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(content);
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
        }
    }

    private void makeFolder(Path folder) throws IOException {
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    @Override
    public void copy(String path, Path source) throws IOException {
        Path target = staging.resolve(path);
        makeFolder(target.getParent());
        if (!previous.linkIfSame(path, source, target)) {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void delete(String path) {
        try {
            Files.deleteIfExists(staging.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }

    /**
     * Previous output aside, staging in its place, previous output deleted. A failure says where
     * the previous output is: where it was, or (when even putting it back failed) aside.
     */
    @Override
    public void commit() throws IOException {
        deleteTree(old);
        boolean hadOutput = Files.exists(out, LinkOption.NOFOLLOW_LINKS);
        if (hadOutput) {
            try {
                mover.move(out, old);
            } catch (IOException | RuntimeException e) {
                throw failed("cannot move the previous output " + out + " aside", e, "the previous output was left as it was");
            }
        }
        try {
            mover.move(staging, out);
        } catch (IOException | RuntimeException e) {
            if (!hadOutput) {
                throw failed("cannot move " + staging + " to " + out, e, "there was no previous output");
            }
            try {
                mover.move(old, out);
            } catch (IOException | RuntimeException undo) {
                e.addSuppressed(undo);
                throw failed("cannot move " + staging + " to " + out, e,
                        "the previous output is in " + old + ": move it back to " + out);
            }
            throw failed("cannot move " + staging + " to " + out, e, "the previous output was left as it was");
        }
        try {
            deleteTree(old);
        } catch (IOException e) {
            // the new output is in place; the next build removes what is left of the previous one
        }
    }

    private static IOException failed(String what, Exception cause, String where) {
        IOException failure = new IOException(what + " (" + Defects.describe(cause) + "); " + where);
        failure.addSuppressed(cause);
        return failure;
    }

    @Override
    public void abort() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the staging folder " + staging, e);
        }
    }

    /** Lets the next build into this output folder. */
    @Override
    public void close() throws IOException {
        lock.close();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(p);
                } catch (NoSuchFileException gone) {
                    // already removed
                }
            }
        }
    }
}
