package dev.quire.cache;

import static dev.quire.cache.PackStoreTest.fill;
import static dev.quire.cache.PackStoreTest.key;
import static dev.quire.cache.PackStoreTest.packs;
import static dev.quire.cache.PackStoreTest.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged cache gives misses, never wrong bytes and never an exception; a read-only one is only slower. */
class PackStoreDamageTest {
    private static final int N = 200;

    @TempDir
    Path dir;

    @BeforeEach
    void fillStore() {
        try (PackStore store = PackStore.open(dir)) {
            fill(store, 0, N);
        }
    }

    /** Every entry reads back either whole or not at all; returns how many read back. */
    private int readable() {
        int hits = 0;
        try (PackStore store = PackStore.open(dir)) {
            for (int i = 0; i < N; i++) {
                var got = store.get(key(i));
                if (got.isPresent()) {
                    assertThat(got.get()).isEqualTo(value(i));
                    hits++;
                }
            }
        }
        return hits;
    }

    @Test
    void aTruncatedPackKeepsTheEntriesBeforeTheCut() throws IOException {
        Path pack = packs(dir).get(0);
        try (FileChannel channel = FileChannel.open(pack, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        assertThat(readable()).isGreaterThan(0).isLessThan(N);
    }

    @Test
    void aFlippedByteLosesOneEntry() throws IOException {
        Path pack = packs(dir).get(0);
        byte[] bytes = Files.readAllBytes(pack);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(pack, bytes);
        assertThat(readable()).isEqualTo(N - 1);
    }

    /** {@code holds} checks a value as {@code get} does, also one longer than the buffer it reads through. */
    @Test
    void holdsFindsDamageWhereGetDoes(@TempDir Path other) throws IOException {
        byte[] large = new byte[200_000];
        new Random(3).nextBytes(large);
        try (PackStore store = PackStore.open(other)) {
            fill(store, 0, 3);
            store.put(key(3), large);
            fill(store, 4, 6);
        }
        Path pack = packs(other).get(0);
        byte[] bytes = Files.readAllBytes(pack);
        bytes[bytes.length / 2] ^= 0x20; // inside the large value, past its first 64 KB
        Files.write(pack, bytes);
        try (PackStore store = PackStore.open(other)) {
            for (int i = 0; i < 6; i++) {
                assertThat(store.holds(key(i))).as("entry %d", i).isEqualTo(store.get(key(i)).isPresent()).isEqualTo(i != 3);
            }
            assertThat(store.holds(key(99))).isFalse();
        }
        try (PackStore store = PackStore.open(other)) {
            store.put(key(3), large);
            assertThat(store.holds(key(3))).as("put, not yet written").isTrue();
        }
        try (PackStore store = PackStore.open(other)) {
            assertThat(store.holds(key(3))).isTrue();
            assertThat(store.get(key(3))).hasValue(large);
        }
    }

    @Test
    void aLostIndexIsRebuiltByScanningThePacks() throws IOException {
        Files.delete(dir.resolve(PackIndex.FILE));
        assertThat(readable()).isEqualTo(N);
        assertThat(dir.resolve(PackIndex.FILE)).exists(); // written again by the store that scanned
    }

    @Test
    void garbageInTheIndexIsIgnored() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Files.write(dir.resolve(PackIndex.FILE), garbage);
        assertThat(readable()).isEqualTo(N);
        byte[] index = Files.readAllBytes(dir.resolve(PackIndex.FILE));
        index[20] ^= 1;
        Files.write(dir.resolve(PackIndex.FILE), index);
        assertThat(readable()).isEqualTo(N);
    }

    @Test
    void anIndexPointingAtTheWrongPlaceMisses() throws IOException {
        Path pack = packs(dir).get(0);
        Files.write(pack, new byte[(int) Files.size(pack)]); // the right length, all zeros
        assertThat(readable()).isZero();
    }

    @Test
    void garbageInAPackIsNeverAnEntry() throws IOException {
        Path pack = packs(dir).get(0);
        byte[] garbage = new byte[(int) Files.size(pack)];
        new Random(11).nextBytes(garbage);
        Files.write(pack, garbage);
        Files.delete(dir.resolve(PackIndex.FILE));
        assertThat(readable()).isZero();
    }

    @Test
    void aReadOnlyFolderIsOnlySlower() throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            try (PackStore store = PackStore.open(dir)) {
                assertThat(store.get(key(1))).contains(value(1));
                store.put(key(N + 1), value(N + 1));
                store.flush();
                assertThat(store.get(key(N + 1))).contains(value(N + 1)); // still in memory
            }
            try (PackStore store = PackStore.open(dir.resolve("missing"))) {
                store.put(key(1), value(1));
            }
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertThat(readable()).isEqualTo(N);
    }

    /** Root writes into a read-only folder anyway: a folder that cannot be made fails for everyone. */
    @Test
    void aFolderThatCannotBeMadeIsOnlySlower() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        try (PackStore store = PackStore.open(file.resolve("cache"))) {
            assertThat(store.get(key(1))).isEmpty();
            store.put(key(1), value(1));
            store.flush();
            assertThat(store.get(key(1))).contains(value(1));
        }
        try (PackStore store = PackStore.open(file.resolve("cache"))) {
            assertThat(store.get(key(1))).isEmpty();
        }
    }
}
