package dev.quire.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock two builds into one output folder take in turn (an editor's build-on-save beside a
 * terminal, two CI steps): a lock file beside the output folder, locked with the operating
 * system's file lock, so that it is released when the process ends however it ends. A second
 * build waits for the first to finish; without the lock both would write one staging folder and
 * could both succeed with a mixed or cut-short site.
 *
 * <p>The file itself stays: deleting it while another build waits on it would let a third lock
 * a new file at the same time.
 */
final class OutputLock implements AutoCloseable {
    private static final long POLL_MS = 100;

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code file}, waiting as long as another build holds it.
     *
     * @param onWait run once, when the lock is found held, to say why nothing happens meanwhile
     */
    static OutputLock acquire(Path file, Runnable onWait) throws IOException {
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            boolean told = false;
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new OutputLock(channel, lock);
                }
                if (!told) {
                    onWait.run();
                    told = true;
                }
                Thread.sleep(POLL_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.close();
            throw new IOException("interrupted while waiting for another build to finish", e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Null when held: by another process, or by another build in this one (which Java reports as an overlap). */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
