package dev.quire.cache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * One pack file: written once, whole, under a name no other writer uses, and never changed
 * after (only deleted by a compaction that copied what it kept). Its format:
 *
 * <pre>
 * "QPK1" · created (long, epoch ms)
 * then per entry: key (32 bytes) · length (int) · CRC32C of key, length and value (int) · value
 * </pre>
 *
 * Every entry carries its own key and checksum, so a reader checks what it read against what it
 * asked for, and a pack that no index lists can still be read by scanning it.
 */
final class Pack {
    static final int MAGIC = 0x51504b31; // "QPK1"
    static final int HEADER = 12;
    static final int ENTRY_HEADER = StoreKey.BYTES + 8;
    static final Pattern NAME = Pattern.compile("pack-[0-9a-f]{12}-[0-9a-f]{8}\\.qpk");

    private Pack() {
    }

    /** Where one entry lies, and when it was last used (epoch ms), for compaction to keep the newest. */
    record Loc(String pack, long offset, int length, long stamp) {
        long bytes() {
            return ENTRY_HEADER + (long) length;
        }
    }

    /** A new unique name: time first, so names sort by age; random after, so two writers never collide. */
    static String newName() {
        return String.format(Locale.ROOT, "pack-%012x-%08x.qpk", System.currentTimeMillis(), ThreadLocalRandom.current().nextInt());
    }

    /** Where a pack being written takes each value from; empty skips the entry (a value that no longer reads back). */
    interface Values {
        Optional<byte[]> value(StoreKey key) throws IOException;
    }

    /**
     * Writes the {@code keys}' values as a new pack named {@code name} in {@code dir}: to a
     * temporary file first, then renamed into place, so no reader ever sees half a pack under a
     * pack's name. No fsync: a pack torn by a crash fails its checksums and reads as missing.
     *
     * @param stamps each entry's last use, kept in the index for compaction
     */
    static Map<StoreKey, Loc> write(Path dir, String name, Collection<StoreKey> keys, Values values,
                                    ToLongFunction<StoreKey> stamps) throws IOException {
        Map<StoreKey, Loc> locs = new HashMap<>();
        Path temp = Files.createTempFile(dir, ".tmp-", ".qpk");
        try {
            try (OutputStream file = Files.newOutputStream(temp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file, 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeLong(System.currentTimeMillis());
                long offset = HEADER;
                for (StoreKey key : keys) {
                    Optional<byte[]> read = values.value(key);
                    if (read.isEmpty()) {
                        continue;
                    }
                    byte[] value = read.get();
                    key.write(out);
                    out.writeInt(value.length);
                    out.writeInt(checksum(key, value));
                    out.write(value);
                    locs.put(key, new Loc(name, offset, value.length, stamps.applyAsLong(key)));
                    offset += ENTRY_HEADER + (long) value.length;
                }
            }
            Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            return locs;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The pack opened for reading. Safe to keep while the file is deleted by a merge (the open
     * file stays readable); a pack is never changed in place. Read with positional reads rather
     * than mapped: the pages of a mapped file count as the process's own memory once read, and a
     * build of 10,000 memos reads most of a 600 MB pack.
     */
    static FileChannel open(Path file) throws IOException {
        return FileChannel.open(file);
    }

    /** The value at {@code loc} in an {@link #open}ed pack if it is whole and is the one stored under {@code key}; empty otherwise. */
    static Optional<byte[]> read(FileChannel pack, StoreKey key, Loc loc) throws IOException {
        Checksum sum = header(pack, key, loc);
        if (sum == null) {
            return Optional.empty();
        }
        // read straight into the value's own array: no second copy of a body's HTML
        byte[] value = new byte[loc.length()];
        if (!readFully(pack, ByteBuffer.wrap(value), loc.offset() + ENTRY_HEADER)) {
            return Optional.empty();
        }
        sum.running().update(value);
        return sum.matches() ? Optional.of(value) : Optional.empty();
    }

    /**
     * Whether the value at {@code loc} is whole and is the one stored under {@code key}, read
     * through {@code chunk} (a buffer of the caller's, reused) and let go: a warm build checks
     * each body's texts so (some 300 MB at 4,000 memos), and allocating each whole only to drop
     * it kept the young collections busy.
     */
    static boolean check(FileChannel pack, StoreKey key, Loc loc, ByteBuffer chunk) throws IOException {
        Checksum sum = header(pack, key, loc);
        if (sum == null) {
            return false;
        }
        long at = loc.offset() + ENTRY_HEADER;
        long end = at + loc.length();
        while (at < end) {
            chunk.clear().limit((int) Math.min(chunk.capacity(), end - at));
            if (!readFully(pack, chunk, at)) {
                return false;
            }
            at += chunk.flip().remaining();
            sum.running().update(chunk);
        }
        return sum.matches();
    }

    /** The checksum an entry's header holds, and the one being computed over its key, length and value. */
    private record Checksum(CRC32C running, int stored) {
        boolean matches() {
            return (int) running.getValue() == stored;
        }
    }

    /**
     * Reads the header of the entry at {@code loc}: its checksum, and one begun with its key and
     * length; {@code null} when the header is not that of {@code key}'s entry or the file ends first.
     */
    private static Checksum header(FileChannel pack, StoreKey key, Loc loc) throws IOException {
        if (loc.offset() < HEADER || loc.length() < 0 || loc.bytes() > Integer.MAX_VALUE) {
            return null; // an index entry that points nowhere
        }
        ByteBuffer head = ByteBuffer.allocate(ENTRY_HEADER);
        if (!readFully(pack, head, loc.offset())) {
            return null; // truncated
        }
        head.flip();
        if (!StoreKey.of(head).equals(key) || head.getInt() != loc.length()) {
            return null;
        }
        return new Checksum(begun(key, loc.length()), head.getInt());
    }

    /** Fills {@code into} from {@code at}; false when the file ends first. */
    private static boolean readFully(FileChannel pack, ByteBuffer into, long at) throws IOException {
        while (into.hasRemaining()) {
            int n = pack.read(into, at); // positional: safe from many threads
            if (n < 0) {
                return false;
            }
            at += n;
        }
        return true;
    }

    /**
     * The entries of a pack no index lists (another build's, or after the index was lost), read
     * from their headers only; values are checked when read. Stops at the first entry that runs
     * past the end of the file: a truncated pack keeps the entries before the cut.
     */
    static Map<StoreKey, Loc> scan(Path file) throws IOException {
        Map<StoreKey, Loc> locs = new HashMap<>();
        long size = Files.size(file);
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file);
             DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16))) {
            if (size < HEADER || data.readInt() != MAGIC) {
                return locs;
            }
            long stamp = data.readLong();
            long offset = HEADER;
            while (offset + ENTRY_HEADER <= size) {
                StoreKey key = StoreKey.read(data);
                int length = data.readInt();
                data.readInt();
                if (length < 0 || offset + ENTRY_HEADER + length > size) {
                    break;
                }
                data.skipNBytes(length);
                locs.put(key, new Loc(name, offset, length, stamp));
                offset += ENTRY_HEADER + (long) length;
            }
        } catch (EOFException e) {
            // a pack cut short: what came before the cut stays usable
        }
        return locs;
    }

    /** An entry's checksum, as its header holds it: CRC32C of its key, its length and its value. */
    static int checksum(StoreKey key, byte[] value) {
        CRC32C crc = begun(key, value.length);
        crc.update(value);
        return (int) crc.getValue();
    }

    /** An entry's checksum begun over its key and length, as writing and reading it both begin it. */
    private static CRC32C begun(StoreKey key, int length) {
        ByteBuffer head = ByteBuffer.allocate(StoreKey.BYTES + 4);
        key.put(head);
        head.putInt(length).flip();
        CRC32C crc = new CRC32C();
        crc.update(head);
        return crc;
    }
}
