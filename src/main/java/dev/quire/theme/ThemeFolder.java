package dev.quire.theme;

import dev.quire.diag.Problem;
import dev.quire.diag.Problems;
import dev.quire.source.SiteLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a site's {@code theme/} folder changes of the default theme: templates in
 * {@code theme/templates/} replace the built-in ones by name; files in {@code theme/assets/} are
 * published under {@code /assets/}, replacing a built-in file of the same name; a
 * {@code theme/assets/custom.css} is linked after the theme's stylesheet. Anything else in
 * {@code theme/} is a warning, since it would change nothing.
 *
 * @param assets the site's asset files by output path ("assets/custom.css")
 */
public record ThemeFolder(TemplateOverrides templates, Map<String, Path> assets) {
    public static final String CUSTOM_CSS = "assets/custom.css";

    public static ThemeFolder read(SiteLayout layout, Problems problems) {
        Path theme = layout.theme();
        if (!Files.isDirectory(theme)) {
            return new ThemeFolder(TemplateOverrides.NONE, Map.of());
        }
        Map<String, Path> assets = new TreeMap<>();
        Path assetDir = theme.resolve("assets");
        try (Stream<Path> files = Files.walk(theme)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = theme.relativize(file).toString().replace('\\', '/');
                if (rel.startsWith(".") || rel.contains("/.") || file.startsWith(theme.resolve("templates"))) {
                    continue;
                }
                if (file.startsWith(assetDir)) {
                    assets.put("assets/" + assetDir.relativize(file).toString().replace('\\', '/'), file);
                } else {
                    problems.add(Problem.warning(layout.relative(file), 0, 0, "not used: the theme folder holds templates/ and assets/",
                            "a stylesheet of your own goes in theme/assets/custom.css, linked after the theme's; "
                                    + "templates go in theme/templates/", null));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list theme/", e);
        }
        return new ThemeFolder(TemplateOverrides.read(layout, problems), Collections.unmodifiableMap(assets));
    }

    public boolean hasCustomCss() {
        return assets.containsKey(CUSTOM_CSS);
    }
}
