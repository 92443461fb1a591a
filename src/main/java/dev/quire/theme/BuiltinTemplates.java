package dev.quire.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The default theme's template sources, shipped in the jar under {@code quire/theme/templates/}
 * beside the classes precompiled from them. Read only when a site replaces a template (they are
 * compiled together with its overrides) or asks for a copy ({@code quire theme copy}).
 */
public final class BuiltinTemplates {
    static final String ROOT = "quire/theme/templates";
    /** A file every build of Quire ships, to find the folder (or jar) the sources are in. */
    private static final String ANCHOR = ROOT + "/layout.jte";

    private BuiltinTemplates() {
    }

    /** Every built-in template by name ("memo.jte", "partials/head-meta.jte"), sorted. */
    public static List<String> names() {
        URL anchor = BuiltinTemplates.class.getClassLoader().getResource(ANCHOR);
        if (anchor == null) {
            throw new IllegalStateException("file missing from the jar: " + ANCHOR);
        }
        try {
            URI uri = anchor.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return list(jar.getPath("/" + ROOT));
            }
            return list(Path.of(uri).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the built-in templates", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jte"))
                    .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    /** A built-in template's source, or empty when there is none by that name. */
    public static Optional<String> source(String name) {
        if (name.contains("..") || name.startsWith("/")) {
            return Optional.empty();
        }
        try (InputStream in = BuiltinTemplates.class.getClassLoader().getResourceAsStream(ROOT + "/" + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in template " + name, e);
        }
    }
}
