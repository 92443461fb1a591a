package dev.quire.js;

import com.caoccao.javet.enums.JSRuntimeType;
import com.caoccao.javet.interop.V8Host;
import com.caoccao.javet.interop.loader.IJavetLibLoadingListener;
import com.caoccao.javet.interop.loader.JavetLibLoader;
import com.caoccao.javet.interop.options.V8RuntimeOptions;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * V8's native library, which Javet ships inside its Maven jar (Linux x86-64 here), loaded once
 * per process. The outcome, a host or why none, is kept: a library that failed to load is not
 * tried again, and the build falls back to GraalJS.
 *
 * <p>Javet's own loader writes the 40 MB library into a new folder of the temporary directory
 * for every process (measured: 1.8–2.4 s of a build here, against 0.6–0.9 s to load a copy
 * already on disk). Quire writes it once, under {@code ~/.cache/quire/}, and loads that copy;
 * when that folder cannot be written, Javet's way is used. Setting Javet's own
 * {@code javet.lib.loading.*} system properties leaves the choice to them.
 */
final class V8Library {
    /** V8's stack, in KB: deep formulas recurse deeply; the script threads' stacks are larger still. */
    static final int STACK_KB = 64 * 1024;
    /** KaTeX and highlight.js need tens of MB; a runaway script stops here, reported, instead of exhausting memory. */
    static final int MAX_HEAP_MB = 1024;
    /** Kept so that its level holds: the logging framework keeps loggers only weakly. */
    private static final Logger JAVET_LOG = Logger.getLogger("com.caoccao.javet");

    private V8Library() {
    }

    /** The loaded host, or why V8 cannot run here. */
    static V8Host host() {
        Outcome outcome = Loaded.OUTCOME;
        if (outcome.host() == null) {
            throw new EngineUnavailable(outcome.failure(), null);
        }
        return outcome.host();
    }

    private record Outcome(V8Host host, String failure) {
    }

    /** Loaded on first use, once per process, whatever the number of builds in it. */
    private static final class Loaded {
        static final Outcome OUTCOME = load();
    }

    private static Outcome load() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            return new Outcome(null, "no V8 build is shipped for " + os + " " + arch);
        }
        JAVET_LOG.setLevel(Level.OFF); // a failure is said once, by Quire, not as Javet's stack traces
        try {
            if (System.getProperty("javet.lib.loading.type") == null && System.getProperty("javet.lib.loading.path") == null) {
                Path dir = extractOnce();
                if (dir != null) {
                    JavetLibLoader.setLibLoadingListener(new LoadFrom(dir.toFile()));
                }
            }
            if (!V8RuntimeOptions.V8_FLAGS.isSealed()) {
                V8RuntimeOptions.V8_FLAGS.setMaxOldSpaceSize(MAX_HEAP_MB).setCustomFlags("--stack-size=" + STACK_KB);
            }
            V8Host host = quietly(V8Host::getV8Instance);
            if (!host.isLibraryLoaded()) {
                Throwable last = host.getLastException();
                return new Outcome(null, "the V8 library did not load" + (last == null ? "" : ": " + rootMessage(last)));
            }
            return new Outcome(host, null);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) { // an UnsatisfiedLinkError, an initializer that failed: all mean "not here"
            return new Outcome(null, "the V8 library did not load: " + rootMessage(e));
        }
    }

    /**
     * Runs {@code load} with the standard error stream silenced: Javet prints the stack trace of a
     * library that fails to load straight to it, and Quire says the failure once, in its own words.
     */
    private static <T> T quietly(java.util.function.Supplier<T> load) {
        java.io.PrintStream err = System.err;
        System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            return load.get();
        } finally {
            System.setErr(err);
        }
    }

    /** The deepest cause's message: what the dynamic linker said, not the layers of wrapping around it. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }

    /**
     * The folder holding the library, written now if missing or of the wrong size (atomically, so
     * two builds at once never load half a file); null when it cannot be written.
     */
    private static Path extractOnce() {
        try {
            JavetLibLoader loader = new JavetLibLoader(JSRuntimeType.V8);
            String resource = loader.getResourceFileName();
            URL url = JavetLibLoader.class.getResource(resource);
            if (url == null) {
                return null;
            }
            long size = url.openConnection().getContentLengthLong();
            Path dir = cacheRoot().resolve("javet"); // the file name carries Javet's version
            Path lib = dir.resolve(loader.getLibFileName());
            if (Files.isRegularFile(lib) && Files.size(lib) == size) {
                return dir;
            }
            Files.createDirectories(dir);
            Path part = Files.createTempFile(dir, "lib", ".part");
            try (InputStream in = url.openStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
            return dir;
        } catch (IOException | RuntimeException | com.caoccao.javet.exceptions.JavetException e) {
            return null;
        }
    }

    /** {@code $XDG_CACHE_HOME/quire}, else {@code ~/.cache/quire}. */
    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("quire");
    }

    /** Javet loads the library from {@code dir} as it is, without writing a copy of its own. */
    private record LoadFrom(File dir) implements IJavetLibLoadingListener {
        @Override
        public File getLibPath(JSRuntimeType type) {
            return dir;
        }

        @Override
        public boolean isDeploy(JSRuntimeType type) {
            return false;
        }
    }
}
