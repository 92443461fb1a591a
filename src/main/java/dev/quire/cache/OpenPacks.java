package dev.quire.cache;

import dev.quire.cache.Pack.Loc;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The packs of one store opened for reading, each once and kept open (a merge may delete a pack
 * that is still being read: the open file stays readable), and what is read from them: a value
 * whole, or checked through a buffer of the reading thread's and let go.
 */
final class OpenPacks {
    private final Path dir;
    private final Map<String, FileChannel> channels = new ConcurrentHashMap<>();
    /** Each thread's buffer for {@link #check}: values are checked through it, not read whole. */
    private final ThreadLocal<ByteBuffer> checkBuffers = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(1 << 16));

    OpenPacks(Path dir) {
        this.dir = dir;
    }

    /** The value at {@code loc} if it is whole and stored under {@code key} ({@link Pack#read}). */
    Optional<byte[]> read(StoreKey key, Loc loc) throws IOException {
        return Pack.read(channel(loc), key, loc);
    }

    /** Whether the value at {@code loc} is whole and stored under {@code key} ({@link Pack#check}). */
    boolean check(StoreKey key, Loc loc) throws IOException {
        return Pack.check(channel(loc), key, loc, checkBuffers.get());
    }

    /** A pack being written, readable through {@code channel} while it grows. */
    void add(String pack, FileChannel channel) {
        channels.put(pack, channel);
    }

    /** Closes {@code packs} (merged away); the next read of one opens it again, if it is still there. */
    void close(Collection<String> packs) {
        for (String pack : packs) {
            FileChannel channel = channels.remove(pack);
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    // a read-only file: nothing was left unwritten
                }
            }
        }
    }

    void closeAll() {
        close(List.copyOf(channels.keySet()));
    }

    /** The open pack {@code loc} lies in. */
    private FileChannel channel(Loc loc) throws IOException {
        FileChannel pack = channels.get(loc.pack());
        if (pack == null) {
            FileChannel opened = Pack.open(dir.resolve(loc.pack()));
            pack = channels.putIfAbsent(loc.pack(), opened);
            if (pack == null) {
                pack = opened;
            } else {
                opened.close(); // another thread opened it first
            }
        }
        return pack;
    }
}
