package dev.quire.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The date of each memo's and page's last commit, when the site is a git repository and
 * {@code updated_from_git: true} asks for it. One {@code git log} over {@code memos/} and
 * {@code pages/} gives every file's date at once (a process per file costs milliseconds each);
 * the newest commit comes first, so a file's first appearance is its last change. The dates are
 * those of the commits, never of the working tree, so a build of one commit is the same on every
 * machine. Run as a process rather than through JGit: a dependency of several megabytes for one
 * read-only query that git answers in a line.
 */
public final class GitDates {
    private GitDates() {
    }

    /**
     * Each file's last commit date by its path in the site folder ("memos/a.md"), or empty when
     * git cannot say (no git, or not a repository).
     */
    public static Optional<Map<String, OffsetDateTime>> read(SiteLayout layout) {
        ProcessBuilder pb = new ProcessBuilder("git", "-c", "core.quotepath=off", "log", "--format=%x00%cI", "--name-only",
                "--relative", "--no-renames", "--", "memos", "pages")
                .directory(layout.root().toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        pb.environment().put("GIT_PAGER", "cat");
        pb.environment().put("LC_ALL", "C");
        try {
            Process git = pb.start();
            git.getOutputStream().close();
            String out;
            try (InputStream in = git.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (git.waitFor() != 0) {
                return Optional.empty();
            }
            return Optional.of(parse(out));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** {@code git log}'s output: a NUL and a date before each commit's files. */
    static Map<String, OffsetDateTime> parse(String log) {
        Map<String, OffsetDateTime> dates = new HashMap<>();
        OffsetDateTime current = null;
        for (String line : log.split("\n")) {
            if (line.startsWith("\0")) {
                try {
                    current = OffsetDateTime.parse(line.substring(1).strip());
                } catch (DateTimeParseException e) {
                    current = null;
                }
            } else if (!line.isBlank() && current != null) {
                dates.putIfAbsent(line.strip(), current);
            }
        }
        return Map.copyOf(dates);
    }
}
