package dev.quire.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * A fingerprint of the running Quire's own code, part of every key of results its code computes
 * (a memo's render result): a new version of Quire, or a rebuilt jar, never reads what an older
 * one wrote. The jar's size and modification time stand for its content (reading 70 MB to hash
 * it would cost more than the cache saves); classes in a folder (tests, an IDE) by every class
 * file's name, size and time.
 */
public final class CodeVersion {
    private CodeVersion() {
    }

    /** Quire's own code, fingerprinted once per process (it cannot change under a running JVM). */
    public static String current() {
        return Current.VALUE;
    }

    /** Lazily computed, immutable once set: the holder-class idiom, not mutable state. */
    private static final class Current {
        static final String VALUE = of(CodeVersion.class);
    }

    /** The fingerprint of the code {@code type} was loaded from; a fresh random one when that cannot be told. */
    static String of(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return location.getFileName() + ":" + Files.size(location) + ":" + Files.getLastModifiedTime(location).toMillis();
            }
            StringBuilder classes = new StringBuilder();
            try (Stream<Path> files = Files.walk(location)) {
                files.filter(f -> f.toString().endsWith(".class")).sorted().forEach(f -> {
                    try {
                        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                        classes.append(location.relativize(f)).append(':').append(a.size()).append(':')
                                .append(a.lastModifiedTime().toMillis()).append('\n');
                    } catch (IOException e) {
                        classes.append(f).append(":?\n");
                    }
                });
            }
            return RenderCache.key(classes.toString());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown:" + System.nanoTime(); // never matches a stored key: render everything
        }
    }
}
