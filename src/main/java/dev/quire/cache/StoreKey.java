package dev.quire.cache;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HexFormat;

/**
 * A 256-bit key ({@link RenderCache#key}) as four longs: a quarter of the memory of its hex
 * text, which matters when an index holds a million entries, and the exact 32 bytes that packs
 * and the index store.
 */
record StoreKey(long a, long b, long c, long d) {
    static final int BYTES = 32;

    /** @throws IllegalArgumentException unless {@code hex} is 64 hex digits, as {@link RenderCache#key} gives */
    static StoreKey parse(String hex) {
        if (hex.length() != 2 * BYTES) {
            throw new IllegalArgumentException("a store key is 64 hex digits, not " + hex);
        }
        return of(ByteBuffer.wrap(HexFormat.of().parseHex(hex)));
    }

    static StoreKey of(ByteBuffer bytes) {
        return new StoreKey(bytes.getLong(), bytes.getLong(), bytes.getLong(), bytes.getLong());
    }

    static StoreKey read(DataInput in) throws IOException {
        return new StoreKey(in.readLong(), in.readLong(), in.readLong(), in.readLong());
    }

    void write(DataOutput out) throws IOException {
        out.writeLong(a);
        out.writeLong(b);
        out.writeLong(c);
        out.writeLong(d);
    }

    void put(ByteBuffer out) {
        out.putLong(a).putLong(b).putLong(c).putLong(d);
    }
}
