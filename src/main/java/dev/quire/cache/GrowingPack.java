package dev.quire.cache;

import dev.quire.cache.Pack.Loc;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * A pack written a batch at a time while a build runs, under a temporary name, and renamed into
 * place whole by the store's next flush ({@link #publish}), in {@link Pack}'s format. What was
 * appended reads back at once through {@link #channel}, so the store lets go of those bytes: a
 * build from an empty cache held everything it rendered in memory until it ended (90 MB at
 * 1,000 generated memos), and every young collection copied it on.
 *
 * <p>Not safe for concurrent appends: the store appends under its lock. Reads through the
 * channel are positional and safe from any thread, also while appending.
 */
final class GrowingPack {
    private static final int BUFFER = 1 << 20;

    private final Path dir;
    private final String name;
    private final Path temp;
    private final FileChannel channel;
    private long size;
    private boolean broken;
    private boolean published;

    private GrowingPack(Path dir, String name, Path temp, FileChannel channel, long size) {
        this.dir = dir;
        this.name = name;
        this.temp = temp;
        this.channel = channel;
        this.size = size;
    }

    /** A new, empty pack in {@code dir}, under a temporary name until {@link #publish}ed. */
    static GrowingPack create(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".tmp-", ".qpk");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(temp, StandardOpenOption.READ, StandardOpenOption.WRITE);
            ByteBuffer header = ByteBuffer.allocate(Pack.HEADER).putInt(Pack.MAGIC).putLong(System.currentTimeMillis()).flip();
            writeFully(channel, header, 0);
            return new GrowingPack(dir, Pack.newName(), temp, channel, Pack.HEADER);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** The name the pack will have once published: its entries' locations name it already. */
    String name() {
        return name;
    }

    /** The open file, for reading what was appended; it stays readable after {@link #publish}. */
    FileChannel channel() {
        return channel;
    }

    /** Whether an append failed: the pack then takes no more and is never published. */
    boolean broken() {
        return broken;
    }

    /**
     * Appends the values, all or none: where each lies, or an exception and nothing (the pack is
     * then {@link #broken}; what it held before still reads back).
     */
    Map<StoreKey, Loc> append(Map<StoreKey, byte[]> values, long stamp) throws IOException {
        if (broken || published) {
            throw new IOException("this pack takes no more entries");
        }
        Map<StoreKey, Loc> locs = new HashMap<>();
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        long next = size; // where the next entry starts
        long written = size; // how far the file is written
        try {
            for (Map.Entry<StoreKey, byte[]> e : values.entrySet()) {
                byte[] value = e.getValue();
                if (buffer.remaining() < Pack.ENTRY_HEADER) {
                    written = drain(buffer, written);
                }
                e.getKey().put(buffer);
                buffer.putInt(value.length).putInt(Pack.checksum(e.getKey(), value));
                if (buffer.remaining() >= value.length) {
                    buffer.put(value);
                } else {
                    written = drain(buffer, written);
                    written += writeFully(channel, ByteBuffer.wrap(value), written);
                }
                locs.put(e.getKey(), new Loc(name, next, value.length, stamp));
                next += Pack.ENTRY_HEADER + (long) value.length;
            }
            written = drain(buffer, written);
        } catch (IOException | RuntimeException e) {
            broken = true;
            throw e;
        }
        size = written;
        return locs;
    }

    /** Renames the pack into place under {@link #name}: from now on any build scanning the folder reads it. */
    void publish() throws IOException {
        if (broken) {
            throw new IOException("a broken pack is never published");
        }
        if (!published) {
            Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            published = true;
        }
    }

    /** Removes the temporary file of a pack never published; the store closes the channel. */
    void discard() {
        if (!published) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a stale temporary file: the next merge deletes it
            }
        }
    }

    private long drain(ByteBuffer buffer, long at) throws IOException {
        buffer.flip();
        long end = at + writeFully(channel, buffer, at);
        buffer.clear();
        return end;
    }

    private static int writeFully(FileChannel channel, ByteBuffer bytes, long at) throws IOException {
        int n = bytes.remaining();
        long position = at;
        while (bytes.hasRemaining()) {
            position += channel.write(bytes, position);
        }
        return n;
    }
}
