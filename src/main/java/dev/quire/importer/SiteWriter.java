package dev.quire.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the new site. A folder that already holds a Quire site (an earlier import) has its
 * {@code quire.yml}, {@code memos/} and {@code static/} replaced; nothing else in it is touched,
 * and nothing is ever written into the blog's own folder.
 */
final class SiteWriter {
    /** One memo: its path in the site ({@code memos/x.md} or {@code memos/x/index.md}), its text and its bundle's files. */
    record MemoFile(String path, String text, Map<String, Path> files) {
    }

    private final Path root;

    SiteWriter(Path root) {
        this.root = root;
    }

    void write(String settings, List<MemoFile> memos, Map<String, Path> staticFiles, Map<String, String> pages) throws IOException {
        delete(root.resolve("memos"));
        delete(root.resolve("static"));
        Files.createDirectories(root);
        text("quire.yml", settings);
        for (MemoFile memo : memos) {
            text(memo.path(), memo.text());
            Path folder = root.resolve(memo.path()).getParent();
            for (Map.Entry<String, Path> file : memo.files().entrySet()) {
                Files.copy(file.getValue(), folder.resolve(file.getKey()));
            }
        }
        for (Map.Entry<String, Path> file : staticFiles.entrySet()) {
            Path target = root.resolve("static").resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.copy(file.getValue(), target);
        }
        for (Map.Entry<String, String> page : pages.entrySet()) {
            text("static/" + page.getKey(), page.getValue());
        }
    }

    private void text(String path, String text) throws IOException {
        Path target = root.resolve(path);
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
