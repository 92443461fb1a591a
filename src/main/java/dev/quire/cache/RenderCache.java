package dev.quire.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * A content-addressed disk cache of rendered fragments (formulas, code blocks): the key is a hash
 * of everything the output depends on (renderer and version, options, input), so an entry never
 * goes stale and needs no invalidation; a new renderer version simply writes new entries.
 *
 * <p>Backed by one {@link PackStore} for the whole cache folder, where the kind (renderer and
 * version) is hashed into the key: a few pack files, not one file per formula. Safe with parallel
 * writers, in one build or several. A cache that cannot be read or written is only slower, never
 * a build error. Folders of one file per entry left by earlier versions are ignored.
 *
 * <p>Values put are written by {@link #flush} or {@link #close}: close the cache when the build is
 * done.
 *
 * <p>Usage: {@code cache.get(kind, key).orElseGet(() -> { String html = render(); cache.put(kind, key, html); return html; })}
 */
public final class RenderCache implements AutoCloseable {
    private static final RenderCache NONE = new RenderCache(PackStore.none());
    /** The seed of the second 128-bit half of a key ({@link #key}). */
    private static final int SECOND_SEED = 0x51_72_65_31;
    private static final HexFormat HEX = HexFormat.of();

    private final PackStore store;
    /** Lookups by kind: [found, missing], for {@code --timings}. */
    private final Map<String, LongAdder[]> lookups = new ConcurrentHashMap<>();

    private RenderCache(PackStore store) {
        this.store = store;
    }

    /** How many lookups of each kind found their entry and how many missed, so far; by kind, sorted. */
    public SortedMap<String, Lookups> lookups() {
        SortedMap<String, Lookups> out = new TreeMap<>();
        lookups.forEach((kind, n) -> out.put(kind, new Lookups(n[0].sum(), n[1].sum())));
        return out;
    }

    /** Lookups of one kind: found in the cache, or missing and so rendered. */
    public record Lookups(long found, long missing) {
        public Lookups minus(Lookups earlier) {
            return new Lookups(found - earlier.found, missing - earlier.missing);
        }
    }

    private <T> Optional<T> counted(String kind, Optional<T> found) {
        LongAdder[] n = lookups.computeIfAbsent(kind, k -> new LongAdder[] {new LongAdder(), new LongAdder()});
        n[found.isPresent() ? 0 : 1].increment();
        return found;
    }

    /** A cache in {@code dir}, created on first write. */
    public static RenderCache at(Path dir) {
        return new RenderCache(PackStore.open(dir));
    }

    /** No cache: every lookup misses, nothing is written. */
    public static RenderCache none() {
        return NONE;
    }

    /**
     * The key of the given parts: a 256-bit hash of their UTF-8 text, each part's length first so
     * parts cannot run together. MurmurHash3's 128-bit hash with two seeds, not SHA-256: a key
     * guards against accidental sameness only (whoever could craft a collision writes the memos
     * anyway), and a build runs on the C1 compiler, which has no SHA intrinsic; SHA-256 was a
     * tenth of a warm 4,000-memo build's samples.
     */
    public static String key(String... parts) {
        int length = 0;
        byte[][] bytes = new byte[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = parts[i].getBytes(StandardCharsets.UTF_8);
            length += bytes[i].length + 4;
        }
        ByteBuffer all = ByteBuffer.allocate(length);
        for (byte[] part : bytes) {
            all.putInt(part.length).put(part);
        }
        long[] low = MurmurHash3.hash128x64(all.array(), 0, length, 0);
        long[] high = MurmurHash3.hash128x64(all.array(), 0, length, SECOND_SEED);
        return HEX.toHexDigits(low[0]) + HEX.toHexDigits(low[1]) + HEX.toHexDigits(high[0]) + HEX.toHexDigits(high[1]);
    }

    /** Starts reading what the cache holds in the background ({@link PackStore#loadInBackground}). */
    public void loadInBackground() {
        store.loadInBackground();
    }

    /** Whether every lookup will miss: no cache, or one that holds nothing yet (a first build, a fresh checkout). */
    public boolean isEmpty() {
        return store.isEmpty();
    }

    /** @param kind the renderer and its version, e.g. {@code katex-0.16.44} */
    public Optional<String> get(String kind, String key) {
        if (!store.enabled()) {
            return Optional.empty();
        }
        return counted(kind, store.get(key(kind, key)).map(bytes -> new String(bytes, StandardCharsets.UTF_8)));
    }

    /**
     * Whether a whole, checked value is kept under the key, read now and let go: for a value read
     * again later through {@link #reread}, which must not find it damaged then. Not counted as a lookup.
     */
    public boolean holds(String kind, String key) {
        return store.enabled() && store.holds(key(kind, key));
    }

    /** A value read again, not counted as a lookup: one {@link #holds} found. */
    public Optional<String> reread(String kind, String key) {
        return rereadBytes(kind, key).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** {@link #reread} as the UTF-8 bytes kept. Do not modify them. */
    public Optional<byte[]> rereadBytes(String kind, String key) {
        return store.enabled() ? store.get(key(kind, key)) : Optional.empty();
    }

    public void put(String kind, String key, String value) {
        if (store.enabled()) {
            store.put(key(kind, key), value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Bytes kept under a key, as {@link #get} keeps text: a memo's typed render result. */
    public Optional<byte[]> getBytes(String kind, String key) {
        return store.enabled() ? counted(kind, store.get(key(kind, key))) : Optional.empty();
    }

    public void putBytes(String kind, String key, byte[] value) {
        if (store.enabled()) {
            store.put(key(kind, key), value);
        }
    }

    public boolean enabled() {
        return store.enabled();
    }

    /** Writes what was put so far and keeps the cache open, as {@code serve} does after each rebuild. */
    public void flush() {
        store.flush();
    }

    /** Writes what was put; never throws. */
    @Override
    public void close() {
        store.close();
    }
}
