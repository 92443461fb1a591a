package dev.quire.testing;

import dev.quire.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small sites written inline in tests. A spec holds files separated by header lines
 * {@code === path}; everything up to the next header is that file's text.
 */
public final class TestSites {
    private TestSites() {
    }

    public static Path write(Path dir, String spec) throws IOException {
        String path = null;
        StringBuilder text = new StringBuilder();
        for (String line : spec.split("\n", -1)) {
            if (line.startsWith("=== ")) {
                flush(dir, path, text);
                path = line.substring(4).strip();
                text.setLength(0);
            } else if (path != null) {
                text.append(line).append('\n');
            }
        }
        flush(dir, path, text);
        return dir;
    }

    private static void flush(Path dir, String path, StringBuilder text) throws IOException {
        if (path == null) {
            return;
        }
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        String content = text.toString();
        // a spec ends each file with the newline before the next header; keep exactly one
        Files.writeString(file, content.endsWith("\n\n") ? content.substring(0, content.length() - 1) : content,
                StandardCharsets.UTF_8);
    }

    /** The outcome of running the command line: exit code and both streams. */
    public record Run(int exitCode, String out, String err) {
    }

    public static Run quire(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }
}
