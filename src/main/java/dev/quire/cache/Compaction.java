package dev.quire.cache;

import dev.quire.cache.Pack.Loc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a store's packs are merged into one, and what the merge keeps, so that a cache used for
 * years neither grows without end nor spreads over hundreds of files.
 *
 * <p>What is kept: every entry read or written since the store was opened (what this build
 * needs), then the others newest first (by their last use, recorded at day precision), as long as
 * the total stays under three quarters of the size bound, so that the next merge for size comes
 * only after a quarter of the bound was written again. Entries no index reaches any more, and the
 * copies of an entry two builds both wrote, are dropped.
 *
 * @param maxPacks merge when there are more packs than this
 * @param maxBytes the size bound of the entries kept
 */
record Compaction(int maxPacks, long maxBytes) {
    /** Eight packs; 1 GB, room for a 10,000-memo site's formulas, code and bodies (about 590 MB). */
    static final Compaction DEFAULT = new Compaction(8, 1L << 30);
    /** Dead space below this is never worth a merge. */
    private static final long MIN_DEAD_BYTES = 4L << 20;

    /**
     * Whether {@code view}'s packs are to be merged: too many, too large with entries a merge could
     * drop, or more dead bytes than live ones. Too large counts only what a merge may drop, the
     * entries {@code used} did not read or write: a site whose own entries exceed the bound
     * (10,000 memos: 590 MB) would otherwise be merged whole, the same entries rewritten, at every
     * flush, as {@code serve} does after each save (about a second a save there).
     */
    boolean needed(Path dir, PackIndex view, Set<StoreKey> used) {
        if (view.packs().size() > maxPacks) {
            return true;
        }
        long live = live(view.entries().values());
        if (live > maxBytes && droppable(view.entries(), used) > MIN_DEAD_BYTES) {
            return true;
        }
        long total = 0;
        for (String pack : view.packs()) {
            try {
                total += Files.size(dir.resolve(pack));
            } catch (IOException e) {
                // gone meanwhile: another build merged it
            }
        }
        long dead = total - live;
        return dead > MIN_DEAD_BYTES && dead > live;
    }

    /**
     * The packs a merge that {@link #needed} rewrites: all of them, unless only their number
     * called for it and the entries are within the size bound; then the smallest, as many as
     * bring the count down to half of {@link #maxPacks}, leaving the large ones (a build's) as
     * they are. {@code serve} writes a small pack after each save, and rewriting a 4,000-memo
     * site's whole cache with them at every eighth save cost a core a second or more each time.
     */
    Set<String> packsToMerge(PackIndex view) {
        long live = live(view.entries().values());
        if (view.packs().size() <= maxPacks || live > maxBytes) {
            return view.packs(); // not for their number alone, or the size bound is to be applied to all
        }
        Map<String, Long> livePerPack = new HashMap<>();
        for (Loc loc : view.entries().values()) {
            livePerPack.merge(loc.pack(), loc.bytes(), Long::sum);
        }
        List<String> smallestFirst = new ArrayList<>(view.packs());
        smallestFirst.sort(Comparator.comparingLong((String pack) -> livePerPack.getOrDefault(pack, 0L))
                .thenComparing(Comparator.naturalOrder()));
        int leave = Math.max(1, maxPacks / 2) - 1; // the merged pack makes up the rest of the half
        return new HashSet<>(smallestFirst.subList(0, smallestFirst.size() - leave));
    }

    /**
     * The entries to keep, used ones first, then the rest newest first within three quarters of
     * the size bound. Filled to the bound itself, the cache was over it again after the next
     * save's few entries, and {@code serve} merged the whole of it (1 GB) after every save: a
     * cache holding the bodies of two versions of Quire, 1.4–2.0 s a save at 4,000 memos.
     */
    List<StoreKey> keep(Map<StoreKey, Loc> entries, Set<StoreKey> used) {
        List<StoreKey> kept = new ArrayList<>();
        long bytes = 0;
        List<Map.Entry<StoreKey, Loc>> others = new ArrayList<>();
        for (Map.Entry<StoreKey, Loc> e : entries.entrySet()) {
            if (used.contains(e.getKey())) {
                kept.add(e.getKey());
                bytes += e.getValue().bytes();
            } else {
                others.add(e);
            }
        }
        others.sort(Comparator.comparingLong((Map.Entry<StoreKey, Loc> e) -> e.getValue().stamp()).reversed());
        long fill = maxBytes - maxBytes / 4;
        for (Map.Entry<StoreKey, Loc> e : others) {
            if (bytes + e.getValue().bytes() > fill) {
                break;
            }
            kept.add(e.getKey());
            bytes += e.getValue().bytes();
        }
        return kept;
    }

    private static long droppable(Map<StoreKey, Loc> entries, Set<StoreKey> used) {
        long bytes = 0;
        for (Map.Entry<StoreKey, Loc> e : entries.entrySet()) {
            if (!used.contains(e.getKey())) {
                bytes += e.getValue().bytes();
            }
        }
        return bytes;
    }

    private static long live(Iterable<Loc> locs) {
        long bytes = 0;
        for (Loc loc : locs) {
            bytes += loc.bytes();
        }
        return bytes;
    }
}
