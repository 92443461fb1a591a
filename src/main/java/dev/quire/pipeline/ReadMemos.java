package dev.quire.pipeline;

import dev.quire.diag.Problem;
import dev.quire.source.MemoSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The memos a long-lived pipeline ({@code serve}) has read, so that a full run (after a change to
 * the settings, say) does not decode and parse again the files that did not change. A file is
 * told unchanged by its size, modification time and identity (inode), as build tools tell
 * files; a file modified within two seconds of being read is not kept, since a second save in
 * the same clock tick could leave its time as it was (the "racy" case version control knows).
 *
 * <p>Only first-pass results without errors are kept, with their warnings, which are reported
 * again on every run as a fresh read would.
 */
final class ReadMemos {
    static final long SETTLED_MILLIS = 2_000;

    /**
     * A file's identity and state, as the file system tells them without reading it: its size,
     * modification time, identity (device and inode) and, where the system keeps one, the time
     * its entry last changed (ctime), which moves even when a tool puts the modification time back.
     */
    record Stamp(long size, long modifiedNanos, long changedNanos, Object fileKey) {
        static Stamp of(Path file) {
            try {
                Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,dev,ino");
                return new Stamp((Long) a.get("size"), nanos(a.get("lastModifiedTime")), nanos(a.get("ctime")),
                        a.get("dev") + ":" + a.get("ino"));
            } catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException notUnix) {
                return basic(file);
            } catch (IOException e) {
                return null;
            }
        }

        private static Stamp basic(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), 0, a.fileKey());
            } catch (IOException e) {
                return null;
            }
        }

        private static long nanos(Object time) {
            return ((FileTime) time).to(TimeUnit.NANOSECONDS);
        }

        long modifiedMillis() {
            return TimeUnit.NANOSECONDS.toMillis(modifiedNanos);
        }

        /** Whether the file was last changed long enough before {@code readAtMillis} that a later change shows in its stamp. */
        boolean settledAt(long readAtMillis) {
            return readAtMillis - modifiedMillis() >= SETTLED_MILLIS;
        }

        /** The stamp as text, for a key kept between builds; only a stamp whose identity is known has one. */
        Optional<String> key() {
            return fileKey == null ? Optional.empty()
                    : Optional.of(size + "\t" + modifiedNanos + "\t" + changedNanos + "\t" + fileKey);
        }
    }

    private record Kept(Stamp stamp, MemoSource source, ParsedMemo parsed, List<Problem> problems) {
    }

    private final Map<Path, Kept> kept = new ConcurrentHashMap<>();

    /** The memo read from {@code source} when its file is as it was then, with the warnings found then. */
    Optional<ParsedMemo> get(MemoSource source, Stamp now, List<Problem> warnings) {
        Kept k = now == null ? null : kept.get(source.file());
        if (k == null || !k.stamp().equals(now) || !Objects.equals(k.source(), source)) {
            return Optional.empty();
        }
        warnings.addAll(k.problems());
        return Optional.of(k.parsed());
    }

    /** Keeps what reading {@code source} gave, unless the file changed too recently to be told apart by its stamp. */
    void put(MemoSource source, Stamp before, ParsedMemo parsed, List<Problem> warnings, long readAtMillis) {
        if (before == null || !before.settledAt(readAtMillis)) {
            kept.remove(source.file());
            return;
        }
        kept.put(source.file(), new Kept(before, source, parsed, List.copyOf(warnings)));
    }
}
