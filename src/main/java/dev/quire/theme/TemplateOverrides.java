package dev.quire.theme;

import dev.quire.diag.Problem;
import dev.quire.diag.Problems;
import dev.quire.source.SiteLayout;
import dev.quire.source.TextFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The templates a site replaces or adds in {@code theme/templates/}, read as text, by template
 * name ("memo.jte", "partials/head-meta.jte"), the way Hugo looks a layout up in the site before
 * the theme. A name no built-in template has is allowed under {@code partials/} (an override may
 * call a partial of its own); elsewhere it is a warning, since nothing would render it.
 */
public record TemplateOverrides(Map<String, String> sources) {
    public static final String FOLDER = "theme/templates";

    public static final TemplateOverrides NONE = new TemplateOverrides(Map.of());

    public boolean isEmpty() {
        return sources.isEmpty();
    }

    /** Where the site keeps an override of {@code name}, for messages: "theme/templates/memo.jte". */
    public static String file(String name) {
        return FOLDER + "/" + name;
    }

    /** Reads every {@code .jte} file under {@code theme/templates/}; problems for what cannot be used. */
    public static TemplateOverrides read(SiteLayout layout, Problems problems) {
        Path dir = layout.theme().resolve("templates");
        if (!Files.isDirectory(dir)) {
            return NONE;
        }
        Map<String, String> sources = new TreeMap<>();
        List<String> builtIn = null;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = dir.relativize(file).toString().replace('\\', '/');
                String shown = file(name);
                if (name.startsWith(".") || name.contains("/.")) {
                    continue;
                }
                if (!name.endsWith(".jte")) {
                    problems.add(Problem.warning(shown, 0, 0, "not a template; ignored",
                            "templates are jte files ending in .jte; images, scripts and stylesheets go in theme/assets/", null));
                    continue;
                }
                if (!layout.holds(file)) {
                    problems.add(Problem.warning(shown, 0, 0, "links to a file outside the site folder; not used",
                            "copy the template into the site folder instead of linking to it", null));
                    continue;
                }
                if (builtIn == null) {
                    builtIn = BuiltinTemplates.names();
                }
                if (!builtIn.contains(name) && !name.startsWith("partials/")) {
                    problems.add(Problem.warning(shown, 0, 0, "replaces no built-in template, and only partials can be called from others",
                            dev.quire.diag.DidYouMean.hint(name, builtIn,
                                    "'quire theme list' shows the names; a new partial goes in " + FOLDER + "/partials/"), null));
                }
                Optional<String> text = TextFiles.decode(shown, Files.readAllBytes(file), problems);
                text.ifPresent(t -> sources.put(name, t));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + "/", e);
        }
        return new TemplateOverrides(Collections.unmodifiableMap(sources));
    }
}
