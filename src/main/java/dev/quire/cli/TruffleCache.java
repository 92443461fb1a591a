package dev.quire.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * GraalJS (which renders math and code without a cache) starts Truffle, whose HotSpot runtime
 * first unpacks a native library into {@code ~/.cache/org.graalvm.polyglot} (or under
 * {@code $XDG_CACHE_HOME}) and fails with a stack trace when that folder cannot be written, as
 * with a read-only home in a container or a CI sandbox. That runtime only matters on a JDK with
 * Graal's compiler; on any other Truffle falls back to the same interpreter that needs no
 * library. So when the folder is not writable, Quire asks for that fallback up front.
 */
final class TruffleCache {
    static final String FALLBACK = "truffle.UseFallbackRuntime";

    private TruffleCache() {
    }

    /** Must run before any Truffle class loads: its runtime is chosen once per process. */
    static void fallBackWhenUnwritable() {
        if (System.getProperty(FALLBACK) == null && !writable(cacheRoot())) {
            System.setProperty(FALLBACK, "true");
        }
    }

    /** Where Truffle 23.1 keeps its resources on HotSpot: $XDG_CACHE_HOME, else ~/.cache. */
    static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        try {
            if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
                return Path.of(xdg, "org.graalvm.polyglot");
            }
            return Path.of(System.getProperty("user.home", ""), ".cache", "org.graalvm.polyglot");
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether {@code dir} is, or could be made, a writable folder; nothing is created to find out. */
    private static boolean writable(Path dir) {
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && Files.isDirectory(existing) && Files.isWritable(existing);
    }
}
