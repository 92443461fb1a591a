package dev.quire.output;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * The output folder a build replaces, as a source of files it need not write again: a file whose
 * new bytes equal the old file's is hard-linked into the staging folder instead, which costs
 * one directory entry where writing costs the file's blocks (writing a 1,000-memo site's 74 MB
 * took ~1 s of system time here, linking it ~0.2 s). The old file is compared byte for byte,
 * never trusted by size or time. The staging-then-swap guarantee holds: the old file is only
 * read and linked to, never changed, and the previous output is swapped out and deleted as
 * before (a file's data stays as long as one of its names does).
 *
 * <p>Only regular files inside the folder itself are linked to (not through a symbolic link to
 * elsewhere). Where links are not supported (another file system, a file system without them),
 * the first failure turns linking off and files are written.
 */
final class PreviousOutput {
    private final Path dir;
    /** The folder with symbolic links resolved, or null when there is none to link from. */
    private final Path real;
    private volatile boolean linking;

    private PreviousOutput(Path dir, Path real) {
        this.dir = dir;
        this.real = real;
        this.linking = real != null;
    }

    /** The output folder {@code out} as it is before the build; one that does not exist gives nothing to link. */
    static PreviousOutput of(Path out) {
        try {
            return Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS) ? new PreviousOutput(out, out.toRealPath())
                    : new PreviousOutput(out, null);
        } catch (IOException e) {
            return new PreviousOutput(out, null);
        }
    }

    /** Makes {@code target} a link to the previous file at {@code path} when that holds exactly {@code content}. */
    boolean linkIfSame(String path, byte[] content, Path target) {
        Path old = unchanged(path, content.length);
        try {
            return old != null && Arrays.equals(Files.readAllBytes(old), content) && link(target, old);
        } catch (IOException e) {
            return false;
        }
    }

    /** Makes {@code target} a link to the previous file at {@code path} when that holds exactly what {@code source} holds. */
    boolean linkIfSame(String path, Path source, Path target) {
        try {
            Path old = unchanged(path, Files.size(source));
            return old != null && Files.mismatch(old, source) == -1 && link(target, old);
        } catch (IOException e) {
            return false;
        }
    }

    /** The previous file at {@code path} if it is a regular file of {@code size} bytes inside the folder; else null. */
    private Path unchanged(String path, long size) {
        if (!linking) {
            return null;
        }
        Path old = dir.resolve(path);
        try {
            BasicFileAttributes a = Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() && a.size() == size && old.toRealPath().equals(real.resolve(path)) ? old : null;
        } catch (IOException e) {
            return null;
        }
    }

    private boolean link(Path target, Path old) {
        try {
            Files.createLink(target, old);
            return true;
        } catch (UnsupportedOperationException | FileSystemException e) {
            linking = false; // another file system, or none with hard links: write from now on
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
