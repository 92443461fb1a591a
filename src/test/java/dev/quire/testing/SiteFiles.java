package dev.quire.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Edits to a site's files as an author makes them, for tests that rebuild after each. */
public final class SiteFiles {
    private SiteFiles() {
    }

    /** The memo file of {@code site} whose name ends with the slug. */
    public static Path memo(Path site, String slug) throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("memos"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(slug + ".md")).findFirst().orElseThrow();
        }
    }

    /** Copies the files under {@code from} to {@code to}, as a test's working copy of a fixture site. */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }

    /** Replaces the first {@code from} in {@code file}, which must hold it. */
    public static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
    }
}
