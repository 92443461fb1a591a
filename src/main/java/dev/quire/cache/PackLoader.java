package dev.quire.cache;

import dev.quire.cache.Pack.Loc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a store folder holds now: its index, plus the packs it does not list, scanned (written by
 * another build, or the index was lost). An index that points into a pack that is gone (merged
 * away by another build) is not trusted: every pack is scanned. Never throws: what cannot be
 * read is simply not there.
 *
 * <p>What keeps entries from being lost between builds: an index that lists a pack holds every
 * key of that pack, each at a place in a pack that was there when the index was written.
 */
final class PackLoader {
    /** Temporary files older than this were left by a build that died; younger ones may be another build's, still writing. */
    private static final long STALE_TEMP_MS = 3600_000;

    private PackLoader() {
    }

    /** @param scanned whether some pack was not in the index, so a new index would save the next reader a scan */
    record Loaded(PackIndex view, boolean scanned) {
    }

    /** @return a view whose entries may be changed */
    static Loaded load(Path dir) {
        List<String> packs = packs(dir);
        if (packs.isEmpty()) {
            return new Loaded(new PackIndex(Set.of(), new HashMap<>()), false);
        }
        Set<String> present = Set.copyOf(packs);
        PackIndex index = PackIndex.read(dir);
        if (!index.entries().values().stream().allMatch(loc -> present.contains(loc.pack()))) {
            // Another build merged packs this index points into, and the keys may now lie in a
            // pack the index claims to cover: trusting it would lose them, so scan every pack.
            index = PackIndex.empty();
        }
        // the index's own map when it has one: it was read for this load alone, and copying
        // every entry of a large cache again cost a warm build as much as reading them
        Map<StoreKey, Loc> entries = index.entries() instanceof HashMap<StoreKey, Loc> read ? read : new HashMap<>(index.entries());
        boolean scanned = false;
        for (String pack : packs) {
            if (!index.packs().contains(pack)) {
                scanned = true;
                try {
                    Pack.scan(dir.resolve(pack)).forEach((key, loc) -> entries.merge(key, loc,
                            (a, b) -> a.stamp() >= b.stamp() ? a : b));
                } catch (IOException | RuntimeException e) {
                    // gone or unreadable: its entries are missing
                }
            }
        }
        return new Loaded(new PackIndex(present, entries), scanned);
    }

    /** The pack files in {@code dir}, oldest first; none when the folder is missing or unreadable. */
    static List<String> packs(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> Pack.NAME.matcher(n).matches()).sorted().toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    static void deleteStaleTemps(Path dir) {
        long before = System.currentTimeMillis() - STALE_TEMP_MS;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(".tmp-")).toList()) {
                if (Files.getLastModifiedTime(f).toMillis() < before) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // left for the next merge
        }
    }
}
