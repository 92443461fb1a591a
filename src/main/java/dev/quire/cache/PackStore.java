package dev.quire.cache;

import dev.quire.cache.Pack.Loc;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A persistent key → bytes store in one folder: a few append-only pack files ({@link Pack}) and
 * an index of where each entry lies ({@link PackIndex}). Keys are 256-bit hashes
 * ({@link RenderCache#key}) of everything a value depends on, so an entry never goes stale; a
 * value is any bytes, from a formula's HTML to a whole memo's render.
 *
 * <p>Opening reads the index only, on first use; a read is one positional read from a pack,
 * checked against its key and CRC32C. {@link #put} keeps values in memory, safe from any number
 * of threads, and appends them to a pack being written ({@link GrowingPack}) once they pass
 * 16 MB; {@link #flush} writes the rest to it, renames it into place, then
 * writes the index, and merges the packs when they are many ({@link Compaction}).
 *
 * <p>Why written here: the embeddable stores on Maven Central (H2's MVStore, MapDB, RocksDB's
 * native jar) lock their file against a second process, where two builds must share one cache
 * folder, and bring megabytes for what is ~400 lines of append-only files.
 *
 * <p>Two stores on one folder, in one process or two, never break each other: packs are never
 * changed after they are written, each has a unique name, and the index is replaced whole by an
 * atomic rename. A pack the index does not list (another build wrote it meanwhile) is scanned.
 * A cache is only ever slower for failing: a damaged entry, pack or index reads as missing, and
 * an I/O failure (a read-only folder, a full disk) leaves the values in memory, never an error.
 *
 * <p>Usage: {@code try (PackStore store = PackStore.open(dir)) { store.get(key).orElseGet(...); store.put(key, bytes); }}
 */
public final class PackStore implements AutoCloseable {
    /**
     * Values put are appended to the growing pack once they hold this many bytes. Large enough that
     * a warm build, which puts little, writes as before; small enough that a build from an empty
     * cache holds a few batches, not all it rendered.
     */
    static final long SPILL_BYTES = 16L << 20;
    private static final PackStore NONE = new PackStore(null, Compaction.DEFAULT, SPILL_BYTES);
    /** A used entry's last-use stamp is rewritten only when older than this, so a warm build rarely rewrites the index. */
    private static final long STAMP_PRECISION_MS = 24L * 3600 * 1000;
    private static final String MERGE_LOCK = "merge.lock";

    private final Path dir;
    private final Compaction compaction;
    private final long spillBytes;
    private final Map<StoreKey, byte[]> pending = new ConcurrentHashMap<>();
    /** The bytes of the values in {@link #pending}. */
    private final AtomicLong pendingBytes = new AtomicLong();
    /** Values appended to {@link #growing} and let go of, until the flush that indexes them. */
    private final Map<StoreKey, Loc> spilled = new ConcurrentHashMap<>();
    private final AtomicBoolean spilling = new AtomicBoolean();
    /** The pack values put are appended to until the next flush; guarded by {@link #lock}. */
    private GrowingPack growing;
    private final Set<StoreKey> used = ConcurrentHashMap.newKeySet();
    private final OpenPacks openPacks;
    private final Object lock = new Object();
    /** The packs and entries as last read or written; null until first needed. */
    private volatile PackIndex view;
    /** Whether the view holds packs the index did not list: then writing the index saves the next build a scan. */
    private volatile boolean viewScanned;

    private PackStore(Path dir, Compaction compaction, long spillBytes) {
        this.dir = dir;
        this.openPacks = new OpenPacks(dir);
        this.compaction = compaction;
        this.spillBytes = spillBytes;
    }

    /** The store in {@code dir}; a missing folder is an empty store, created when something is written. */
    public static PackStore open(Path dir) {
        return new PackStore(dir, Compaction.DEFAULT, SPILL_BYTES);
    }

    static PackStore open(Path dir, Compaction compaction) {
        return new PackStore(dir, compaction, SPILL_BYTES);
    }

    /** A store that appends the values put to its growing pack once they hold {@code spillBytes}. */
    static PackStore open(Path dir, long spillBytes) {
        return new PackStore(dir, Compaction.DEFAULT, spillBytes);
    }

    /** No store: every lookup misses, nothing is kept. */
    public static PackStore none() {
        return NONE;
    }

    public boolean enabled() {
        return dir != null;
    }

    /**
     * Starts reading the folder's index on a thread of its own, unless it was read: a build
     * reads its settings and lists its sources meanwhile, instead of waiting for the index at its
     * first lookup (some 100,000 entries in a 4,000-memo site's cache).
     */
    public void loadInBackground() {
        if (dir == null || view != null) {
            return;
        }
        Thread loader = new Thread(this::view, "quire-cache-index");
        loader.setDaemon(true);
        loader.start();
    }

    /** Whether the store holds nothing yet: no folder, or no entry in it and none put. */
    public boolean isEmpty() {
        return dir == null || (pending.isEmpty() && spilled.isEmpty() && view().entries().isEmpty());
    }

    /**
     * Whether a whole, checked value is stored under {@code key}: {@link #get} without keeping the
     * value, read through a small buffer.
     */
    public boolean holds(String key) {
        if (dir == null) {
            return false;
        }
        StoreKey k = StoreKey.parse(key);
        return pending.containsKey(k)
                || lookUp(k, loc -> openPacks.check(k, loc) ? Optional.of(Boolean.TRUE) : Optional.empty()).isPresent();
    }

    /** The value stored under {@code key}, whole and checked; empty when missing or damaged. Do not modify it. */
    public Optional<byte[]> get(String key) {
        if (dir == null) {
            return Optional.empty();
        }
        StoreKey k = StoreKey.parse(key);
        byte[] value = pending.get(k);
        return value != null ? Optional.of(value) : lookUp(k, loc -> openPacks.read(k, loc));
    }

    /** Reads what is stored at a place in a pack; empty when it is not whole. */
    private interface PackRead<T> {
        Optional<T> at(Loc loc) throws IOException;
    }

    /**
     * What {@code read} finds at {@code key}'s place in the packs, marking the entry used; empty
     * when there is none or it does not read whole. Twice at most: a merge may close the pack a
     * reader was about to read (serve settles its search index while the next save is written);
     * the second look finds the merged pack.
     */
    private <T> Optional<T> lookUp(StoreKey key, PackRead<T> read) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Loc loc = spilled.get(key);
            if (loc == null) {
                loc = view().entries().get(key);
            }
            if (loc == null) {
                return Optional.empty();
            }
            try {
                Optional<T> found = read.at(loc);
                found.ifPresent(v -> used.add(key));
                return found;
            } catch (ClosedChannelException | NoSuchFileException e) {
                // merged away meanwhile (closed while read, or deleted before opened): look again
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // unreadable: computed again
            }
        }
        return Optional.empty();
    }

    /** Keeps {@code value} under {@code key}, in memory until the next {@link #flush}. Safe from many threads. */
    public void put(String key, byte[] value) {
        if (dir == null) {
            return;
        }
        StoreKey k = StoreKey.parse(key);
        byte[] before = pending.put(k, value);
        used.add(k);
        long held = pendingBytes.addAndGet(value.length - (before == null ? 0 : before.length));
        if (held > spillBytes && spilling.compareAndSet(false, true)) {
            try {
                spill();
            } finally {
                spilling.set(false);
            }
        }
    }

    /**
     * Appends the values put so far to the growing pack and lets go of them; on the thread whose
     * put passed the bound, while the others go on putting. A pack that cannot be written leaves
     * the values in memory, as before there was a growing pack.
     */
    private void spill() {
        synchronized (lock) {
            if (pendingBytes.get() <= spillBytes || growing != null && growing.broken()) {
                return;
            }
            try {
                appendToGrowing(new HashMap<>(pending), System.currentTimeMillis());
            } catch (IOException | RuntimeException e) {
                // only slower: the values stay in memory until the flush writes them
            }
        }
    }

    /** Appends {@code batch} to the growing pack (started if need be), then lets go of those values. Under {@link #lock}. */
    private void appendToGrowing(Map<StoreKey, byte[]> batch, long now) throws IOException {
        if (growing == null) {
            growing = GrowingPack.create(dir);
            openPacks.add(growing.name(), growing.channel());
        }
        spilled.putAll(growing.append(batch, now));
        letGo(batch);
    }

    /** Lets go of the pending values of {@code written}; a value put again under one of its keys meanwhile stays. */
    private void letGo(Map<StoreKey, byte[]> written) {
        written.forEach((k, v) -> {
            if (pending.remove(k, v)) {
                pendingBytes.addAndGet(-v.length);
            }
        });
    }

    /** Writes what was put since the last flush, and the index; merges the packs when due. Never throws. */
    public void flush() {
        if (dir == null) {
            return;
        }
        synchronized (lock) {
            try {
                persist();
            } catch (IOException | RuntimeException e) {
                // a cache that cannot be written is only slower: the values stay in memory, tried again next flush
            }
        }
    }

    /** Flushes, then closes the packs. */
    @Override
    public void close() {
        flush();
        openPacks.closeAll();
        synchronized (lock) {
            if (growing != null) {
                growing.discard(); // never published: a write failed
            }
        }
    }

    /** Order matters: packs first, then the index that points into them, then deletion of merged packs. */
    private void persist() throws IOException {
        Map<StoreKey, byte[]> batch = new HashMap<>(pending);
        long now = System.currentTimeMillis();
        if (batch.isEmpty() && growing == null && (view == null || !viewScanned && !staleStamps(view, now))) {
            return; // nothing new to write: a warm build leaves the folder as it was
        }
        if (growing != null && !growing.broken()) {
            if (!batch.isEmpty()) {
                appendToGrowing(batch, now);
            }
            growing.publish();
            growing = null;
        } else if (!batch.isEmpty()) {
            Files.createDirectories(dir);
            Pack.write(dir, Pack.newName(), batch.keySet(), k -> Optional.of(batch.get(k)), k -> now);
        }
        PackLoader.Loaded disk = current(now);
        if (growing == null) {
            // The published pack's entries are in the folder as just read: readers look there
            // from now on, before a merge may close and delete that pack under them.
            view = disk.view();
            spilled.clear();
        }
        PackIndex next = disk.view();
        if (compaction.needed(dir, next, used)) {
            next = mergeAlone(now).orElse(next);
        }
        if (next == disk.view() && (disk.scanned() || !batch.isEmpty())) {
            next.write(dir);
        }
        view = next;
        viewScanned = false;
        // A broken growing pack's entries stay spilled (readable through its open file) until the store closes.
        letGo(batch);
    }

    /** Whether an entry this store used has a last-use stamp older than the stamps' precision. */
    private boolean staleStamps(PackIndex known, long now) {
        for (StoreKey k : used) {
            Loc loc = known.entries().get(k);
            if (loc != null && loc.stamp() < now - STAMP_PRECISION_MS) {
                return true;
            }
        }
        return false;
    }

    /**
     * The folder as it is now (another build may have written packs or an index since this store
     * was opened, and this flush's pack is there, unindexed), with the last use of what this store
     * used; {@code scanned} also when a stamp changed.
     */
    private PackLoader.Loaded current(long now) {
        PackLoader.Loaded disk = PackLoader.load(dir);
        Map<StoreKey, Loc> entries = disk.view().entries();
        boolean stamped = staleStamps(disk.view(), now);
        for (StoreKey k : used) {
            entries.computeIfPresent(k, (key, loc) -> new Loc(loc.pack(), loc.offset(), loc.length(), now));
        }
        return new PackLoader.Loaded(disk.view(), disk.scanned() || stamped);
    }

    /**
     * Merges while holding the folder's merge lock, on the folder as it is once the lock is held:
     * only merges delete packs, so no pack this merge reads can vanish under it. Another build
     * merging at the same time means this one skips its merge; the next flush tries again.
     */
    private Optional<PackIndex> mergeAlone(long now) throws IOException {
        try (FileChannel channel = FileChannel.open(dir.resolve(MERGE_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // another store of this process holds it
            }
            if (lock == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(merge(current(now).view(), now));
            } finally {
                lock.release();
            }
        }
    }

    /**
     * Copies the kept entries of the packs to merge ({@link Compaction#packsToMerge}) into one new
     * pack, indexes it beside the packs left as they are, then deletes the packs it replaces.
     */
    private PackIndex merge(PackIndex all, long now) throws IOException {
        Set<String> merging = compaction.packsToMerge(all);
        Map<StoreKey, Loc> from = new HashMap<>();
        Map<StoreKey, Loc> entries = new HashMap<>();
        all.entries().forEach((k, loc) -> (merging.contains(loc.pack()) ? from : entries).put(k, loc));
        String name = Pack.newName();
        Map<StoreKey, Loc> kept = Pack.write(dir, name, compaction.keep(from, used),
                k -> readQuietly(k, from.get(k)), k -> used.contains(k) ? now : from.get(k).stamp());
        entries.putAll(kept);
        Set<String> packs = new HashSet<>(all.packs());
        packs.removeAll(merging);
        packs.add(name);
        PackIndex merged = new PackIndex(Set.copyOf(packs), entries);
        merged.write(dir);
        view = merged; // before the old packs close, so that a reader looking again finds the new one
        openPacks.close(merging);
        for (String pack : merging) {
            Files.deleteIfExists(dir.resolve(pack));
        }
        PackLoader.deleteStaleTemps(dir);
        return merged;
    }

    /** A value for a merge; one that no longer reads back is left out. */
    private Optional<byte[]> readQuietly(StoreKey key, Loc loc) {
        try {
            return openPacks.read(key, loc);
        } catch (IOException | RuntimeException | InternalError e) {
            return Optional.empty();
        }
    }

    private PackIndex view() {
        PackIndex v = view;
        if (v == null) {
            synchronized (lock) {
                if (view == null) {
                    PackLoader.Loaded loaded = PackLoader.load(dir);
                    viewScanned = loaded.scanned();
                    view = loaded.view();
                }
                v = view;
            }
        }
        return v;
    }
}
