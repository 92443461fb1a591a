package dev.quire.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes a build into a staging folder beside the output folder and swaps it in only when the
 * build succeeded, so a failed build leaves the previous output exactly as it was.
 */
public final class DiskSink implements OutputSink {
    private final Path out;
    private final Path staging;
    private final Path old;
    /** Folders of the staging folder made so far: a site has a folder per page, each made once rather than per file. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    public DiskSink(Path out) throws IOException {
        this.out = out.toAbsolutePath().normalize();
        String name = this.out.getFileName().toString();
        this.staging = this.out.resolveSibling("." + name + ".staging");
        this.old = this.out.resolveSibling("." + name + ".old");
        deleteTree(staging);
        Files.createDirectories(staging);
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        Path target = staging.resolve(path);
        makeFolder(target.getParent());
        Files.write(target, content);
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
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void delete(String path) {
        try {
            Files.deleteIfExists(staging.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }

    /** Old output aside, staging in its place, old output deleted: two renames. */
    @Override
    public void commit() throws IOException {
        deleteTree(old);
        if (Files.exists(out)) {
            move(out, old);
        }
        move(staging, out);
        deleteTree(old);
    }

    @Override
    public void abort() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
