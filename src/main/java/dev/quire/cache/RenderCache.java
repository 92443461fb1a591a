package dev.quire.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A content-addressed disk cache of rendered fragments (formulas, code blocks): the key is a hash
 * of everything the output depends on (renderer and version, options, input), so an entry never
 * goes stale and needs no invalidation; a new renderer version simply writes new entries.
 *
 * <p>Safe with parallel writers, in one build or several: an entry is written to a temporary file
 * beside its place and moved into place atomically, so a reader sees a whole entry or none. Two
 * writers of one key write the same bytes. A cache that cannot be written is only slower: I/O
 * failures are ignored, never a build error.
 *
 * <p>Usage: {@code cache.get(key).orElseGet(() -> { String html = render(); cache.put(key, html); return html; })}
 */
public final class RenderCache {
    private static final RenderCache NONE = new RenderCache(null);

    private final Path dir;

    private RenderCache(Path dir) {
        this.dir = dir;
    }

    /** A cache in {@code dir}, created on first write. */
    public static RenderCache at(Path dir) {
        return new RenderCache(dir);
    }

    /** No cache: every lookup misses, nothing is written. */
    public static RenderCache none() {
        return NONE;
    }

    /** The key of the given parts: SHA-256 of their text, each part's length first so parts cannot run together. */
    public static String key(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** @param kind a folder per renderer and version, e.g. {@code katex-0.16.44} */
    public Optional<String> get(String kind, String key) {
        if (dir == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file(kind, key), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // unreadable: render again
        }
    }

    public void put(String kind, String key, String value) {
        putBytes(kind, key, value.getBytes(StandardCharsets.UTF_8));
    }

    public void putBytes(String kind, String key, byte[] value) {
        if (dir == null) {
            return;
        }
        Path target = file(kind, key);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), ".tmp-", "");
            Files.write(temp, value);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp); // the cache only saves time; a failed write is not an error
        }
    }

    /** Bytes kept under a key, as {@link #get} keeps text. */
    public Optional<byte[]> getBytes(String kind, String key) {
        if (dir == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file(kind, key)));
        } catch (IOException e) {
            return Optional.empty(); // missing or unreadable: render again
        }
    }


    public boolean enabled() {
        return dir != null;
    }

    private Path file(String kind, String key) {
        return dir.resolve(kind).resolve(key.substring(0, 2)).resolve(key.substring(2));
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }
}
