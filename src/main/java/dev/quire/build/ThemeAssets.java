package dev.quire.build;

import dev.quire.output.OutputPlan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The default theme's static files, shipped in the jar under {@code quire/theme/}. Listed here
 * explicitly because a jar cannot be listed like a folder, and so that what ships is reviewed.
 */
final class ThemeAssets {
    static final List<String> FILES = List.of(
            "assets/quire.css",
            "assets/fonts/source-serif-4-latin-wght-normal.woff2",
            "assets/fonts/source-serif-4-latin-wght-italic.woff2",
            "assets/fonts/OFL.txt");

    private ThemeAssets() {
    }

    static void plan(OutputPlan plan) {
        for (String file : FILES) {
            plan.page(file, "theme " + file, () -> load(file));
        }
    }

    static byte[] load(String file) {
        try (InputStream in = ThemeAssets.class.getResourceAsStream("/quire/theme/" + file)) {
            if (in == null) {
                throw new IllegalStateException("theme file missing from the jar: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
