package dev.quire.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches the site folder and hands over the changed files in batches. An editor's save is often
 * several events at once (write a temporary file, rename it over the memo, touch a backup); the
 * batch closes only once no event came for {@link #QUIET_MS}, so one save is one rebuild. Changes
 * that arrive while a rebuild runs form the next batch.
 *
 * <p>Not watched: the output folder, hidden files and folders ({@code .git}, {@code .quire-cache}),
 * and editors' temporary and backup files.
 */
public final class SiteWatcher implements AutoCloseable {
    /** Long enough to take in one save's burst of events, short enough not to be felt. */
    static final long QUIET_MS = 20;
    /** A batch is handed over after this long even while events keep coming. */
    static final long MAX_WAIT_MS = 500;

    private final Path root;
    private final Path output;
    private final DirectoryWatcher watcher;
    private final BlockingQueue<Path> queue = new LinkedBlockingQueue<>();
    private final Thread batcher;

    public SiteWatcher(Path root, Path output, Consumer<Set<Path>> onChange) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.output = output.toAbsolutePath().normalize();
        this.watcher = DirectoryWatcher.builder()
                .path(this.root)
                .fileHashing(false) // events are compared by the rebuild itself; hashing every file at start costs seconds
                .fileTreeVisitor(new Visible())
                .logger(NOPLogger.NOP_LOGGER)
                .listener(this::onEvent)
                .build();
        this.batcher = new Thread(() -> batches(onChange), "quire-watch");
        batcher.setDaemon(true);
    }

    public void start() {
        batcher.start();
        watcher.watchAsync(runnable -> {
            Thread t = new Thread(runnable, "quire-watch-events");
            t.setDaemon(true);
            t.start();
        });
    }

    private void onEvent(DirectoryChangeEvent event) {
        Path path = event.path();
        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || path == null) {
            queue.add(root); // events were lost: rebuild everything
        } else if (!ignored(path.toAbsolutePath().normalize())) {
            queue.add(path.toAbsolutePath().normalize());
        }
    }

    private void batches(Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                Set<Path> batch = new HashSet<>();
                batch.add(queue.take());
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MS);
                Path next;
                while (System.nanoTime() < deadline && (next = queue.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    batch.add(next);
                }
                queue.drainTo(batch);
                deliver(onChange, batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Hands a batch over. This thread is the only one that ever rebuilds: whatever the rebuild
     * throws (a stack overflow included) must not end it, or no save would be seen again.
     */
    private static void deliver(Consumer<Set<Path>> onChange, Set<Path> batch) {
        try {
            onChange.accept(batch);
        } catch (Throwable e) { // NOPMD: even out of memory, the failed rebuild's garbage is freed for the next
            // the consumer says its own failures; this is the last guard of the thread
        }
    }

    /** Whether changes wait to be handed over, so that long work can give way to them. */
    public boolean hasPending() {
        return !queue.isEmpty();
    }

    /** Whether a change to {@code path} (absolute) can be ignored. */
    boolean ignored(Path path) {
        if (!path.startsWith(root) || path.startsWith(output)) {
            return true;
        }
        for (Path segment : root.relativize(path)) {
            if (segment.toString().startsWith(".")) {
                return true;
            }
        }
        return isEditorTemporary(path.getFileName().toString());
    }

    /** Swap, backup and temporary files of common editors (vim, emacs, JetBrains, Kate, VS Code's atomic save). */
    static boolean isEditorTemporary(String name) {
        return name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".swo")
                || name.endsWith(".tmp") || name.endsWith(".kate-swp") || name.endsWith(".crswap")
                || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___") || name.equals("4913")
                || (name.startsWith("#") && name.endsWith("#"));
    }

    @Override
    public void close() throws IOException {
        batcher.interrupt();
        watcher.close();
    }

    /** Registers every folder but the ignored ones, so the output folder costs no watches. */
    private final class Visible implements FileTreeVisitor {
        @Override
        public void recursiveVisitFiles(Path start, Callback onDirectory, Callback onFile) throws IOException {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Path abs = dir.toAbsolutePath().normalize();
                    if (!abs.equals(root) && ignored(abs)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    onDirectory.call(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    onFile.call(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // vanished while walked: its event follows
                }
            });
        }
    }
}
