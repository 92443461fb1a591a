package dev.quire.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Round trips, reopening, many writers and compaction; {@link PackStoreDamageTest} has the damaged folders. */
class PackStoreTest {
    @TempDir
    Path dir;

    static String key(int i) {
        return RenderCache.key("test", Integer.toString(i));
    }

    static byte[] value(int i) {
        return ("value " + i + " ").repeat(1 + i % 7).getBytes(StandardCharsets.UTF_8);
    }

    static void fill(PackStore store, int from, int to) {
        IntStream.range(from, to).forEach(i -> store.put(key(i), value(i)));
    }

    static List<Path> packs(Path dir) {
        return PackLoader.packs(dir).stream().map(dir::resolve).toList();
    }

    @Test
    void whatWasPutReadsBackBeforeAndAfterClosing() {
        try (PackStore store = PackStore.open(dir.resolve("new"))) {
            assertThat(store.get(key(1))).isEmpty();
            store.put(key(1), value(1));
            assertThat(store.get(key(1))).hasValueSatisfying(v -> assertThat(v).isEqualTo(value(1)));
        }
        try (PackStore store = PackStore.open(dir.resolve("new"))) {
            assertThat(store.get(key(1))).hasValueSatisfying(v -> assertThat(v).isEqualTo(value(1)));
            assertThat(store.get(key(2))).isEmpty();
        }
    }

    @Test
    void oneRunIsOnePackAndAnIndex() throws IOException {
        try (PackStore store = PackStore.open(dir)) {
            fill(store, 0, 500);
        }
        assertThat(packs(dir)).hasSize(1);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith("pack-")))
                    .containsExactly(PackIndex.FILE);
        }
    }

    @Test
    void manyThreadsPutAtOnce() {
        try (PackStore store = PackStore.open(dir)) {
            IntStream.range(0, 4000).parallel().forEach(i -> {
                store.put(key(i), value(i));
                assertThat(store.get(key(i / 2))).satisfiesAnyOf(
                        v -> assertThat(v).isEmpty(), v -> assertThat(v).contains(value(i / 2)));
            });
        }
        try (PackStore store = PackStore.open(dir)) {
            IntStream.range(0, 4000).parallel().forEach(i -> assertThat(store.get(key(i))).contains(value(i)));
        }
    }

    @Test
    void valuesPastTheSpillBoundGoToOneGrowingPackAndReadBackAtOnce() throws IOException {
        try (PackStore store = PackStore.open(dir, 2_000)) {
            fill(store, 0, 600);
            try (var files = Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString())).singleElement()
                        .satisfies(n -> assertThat(n).startsWith(".tmp-"));
            }
            IntStream.range(0, 600).forEach(i -> assertThat(store.get(key(i))).contains(value(i)));
            store.put(key(7), value(8)); // a value put again after its first was written
            assertThat(store.get(key(7))).contains(value(8));
            store.flush();
            IntStream.range(0, 600).filter(i -> i != 7).forEach(i -> assertThat(store.get(key(i))).contains(value(i)));
            fill(store, 600, 900);
        }
        assertThat(packs(dir)).hasSize(2);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith(".tmp-"));
        }
        try (PackStore store = PackStore.open(dir)) {
            IntStream.range(0, 900).filter(i -> i != 7).forEach(i -> assertThat(store.get(key(i))).contains(value(i)));
            assertThat(store.get(key(7))).satisfiesAnyOf(v -> assertThat(v).contains(value(7)), v -> assertThat(v).contains(value(8)));
        }
    }

    @Test
    void manyThreadsPutAtOnceWhileValuesAreWritten() {
        try (PackStore store = PackStore.open(dir, 10_000)) {
            IntStream.range(0, 4000).parallel().forEach(i -> {
                store.put(key(i), value(i));
                assertThat(store.get(key(i))).contains(value(i));
                assertThat(store.get(key(i / 2))).satisfiesAnyOf(
                        v -> assertThat(v).isEmpty(), v -> assertThat(v).contains(value(i / 2)));
            });
            IntStream.range(0, 4000).parallel().forEach(i -> assertThat(store.get(key(i))).contains(value(i)));
        }
        assertThat(packs(dir)).hasSize(1);
        try (PackStore store = PackStore.open(dir)) {
            IntStream.range(0, 4000).parallel().forEach(i -> assertThat(store.get(key(i))).contains(value(i)));
        }
    }

    @Test
    void flushKeepsTheStoreOpenAndWritesOnlyWhatIsNew() {
        try (PackStore store = PackStore.open(dir)) {
            fill(store, 0, 10);
            store.flush();
            fill(store, 10, 20);
            store.flush();
            store.flush();
            assertThat(packs(dir)).hasSize(2);
            IntStream.range(0, 20).forEach(i -> assertThat(store.get(key(i))).contains(value(i)));
        }
    }

    @Test
    void twoStoresOnOneFolderWriteAtOnce() throws Exception {
        PackStore a = PackStore.open(dir);
        PackStore b = PackStore.open(dir);
        Thread ta = new Thread(() -> IntStream.range(0, 40).forEach(round -> {
            fill(a, round * 50, round * 50 + 50);
            a.flush();
        }));
        Thread tb = new Thread(() -> IntStream.range(0, 40).forEach(round -> {
            fill(b, 10_000 + round * 50, 10_000 + round * 50 + 50);
            b.flush();
        }));
        ta.start();
        tb.start();
        ta.join();
        tb.join();
        a.close();
        b.close();
        try (PackStore store = PackStore.open(dir)) {
            for (int i = 0; i < 2000; i++) {
                assertThat(store.get(key(i))).contains(value(i));
                assertThat(store.get(key(10_000 + i))).contains(value(10_000 + i));
            }
        }
        assertThat(packs(dir).size()).isLessThanOrEqualTo(Compaction.DEFAULT.maxPacks() + 2);
    }

    @Test
    void manyPacksAreMergedIntoOne() {
        for (int run = 0; run < 10; run++) {
            try (PackStore store = PackStore.open(dir)) {
                fill(store, run * 10, run * 10 + 10);
            }
        }
        assertThat(packs(dir)).hasSizeLessThanOrEqualTo(Compaction.DEFAULT.maxPacks());
        try (PackStore store = PackStore.open(dir)) {
            IntStream.range(0, 100).forEach(i -> assertThat(store.get(key(i))).contains(value(i)));
        }
    }

    @Test
    void manySmallPacksAreMergedWithoutRewritingTheLargeOne() throws IOException {
        try (PackStore store = PackStore.open(dir)) {
            fill(store, 0, 2000); // a build
        }
        Path large = packs(dir).get(0);
        // serve: a few entries after each edit, flushed each time, the store open throughout
        try (PackStore store = PackStore.open(dir)) {
            for (int edit = 0; edit < 20; edit++) {
                fill(store, 2000 + edit * 3, 2003 + edit * 3);
                store.flush();
                assertThat(packs(dir)).hasSizeLessThanOrEqualTo(Compaction.DEFAULT.maxPacks()).contains(large);
            }
        }
        try (PackStore store = PackStore.open(dir)) {
            IntStream.range(0, 2060).forEach(i -> assertThat(store.get(key(i))).contains(value(i)));
        }
    }

    @Test
    void aMergeKeepsWhatThisRunUsedThenTheNewestWithinTheBound() {
        Compaction small = new Compaction(1, 40 * (Pack.ENTRY_HEADER + 20L));
        try (PackStore store = PackStore.open(dir, small)) {
            IntStream.range(0, 100).forEach(i -> store.put(key(i), new byte[20]));
        }
        try (PackStore store = PackStore.open(dir, small)) {
            IntStream.range(0, 10).forEach(i -> assertThat(store.get(key(i))).isPresent());
            store.put(key(1000), new byte[20]); // a second pack: over the bound of one, so merged
        }
        assertThat(packs(dir)).hasSize(1);
        try (PackStore store = PackStore.open(dir)) {
            IntStream.range(0, 10).forEach(i -> assertThat(store.get(key(i))).isPresent());
            assertThat(store.get(key(1000))).isPresent();
            long kept = IntStream.range(0, 100).filter(i -> store.get(key(i)).isPresent()).count();
            // the bound holds 40 entries; a merge fills three quarters of it, one of them the new one
            assertThat(kept).isEqualTo(30 - 1);
        }
    }

    /** serve flushes after every save: a site whose own entries exceed the bound must not be rewritten whole each time. */
    @Test
    void aSiteWhoseOwnEntriesExceedTheBoundIsNotMergedAtEveryFlush() {
        Compaction small = new Compaction(8, 10 * (Pack.ENTRY_HEADER + 20L));
        try (PackStore store = PackStore.open(dir, small)) {
            IntStream.range(0, 30).forEach(i -> store.put(key(i), new byte[20]));
            store.flush();
            var first = packs(dir);
            assertThat(first).hasSize(1);
            store.put(key(1000), new byte[20]); // one save's body
            store.flush();
            assertThat(packs(dir)).hasSize(2).containsAll(first);
            IntStream.range(0, 30).forEach(i -> assertThat(store.get(key(i))).isPresent());
        }
    }

    @Test
    void noneKeepsNothing() {
        PackStore none = PackStore.none();
        none.put(key(1), value(1));
        assertThat(none.get(key(1))).isEmpty();
        assertThat(none.enabled()).isFalse();
        none.close();
    }

    @Test
    void renderCacheKeepsKindsApart() {
        try (RenderCache cache = RenderCache.at(dir)) {
            cache.put("katex-1", "k", "<math>");
            assertThat(cache.get("katex-1", "k")).contains("<math>");
            assertThat(cache.get("hljs-1", "k")).isEmpty();
        }
        try (RenderCache cache = RenderCache.at(dir)) {
            assertThat(cache.get("katex-1", "k")).contains("<math>");
        }
    }
}
