package dev.quire.pipeline;

import dev.quire.output.Inputs;
import dev.quire.output.OutputPlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The default theme's static files, shipped in the jar under {@code quire/theme/}. Listed here
 * explicitly because a jar cannot be listed like a folder, and so that what ships is reviewed.
 *
 * <p>The stylesheet is kept in parts by concern ({@code quire/theme/css/}) and served as one
 * {@code assets/quire.css}, so a page costs a single request for all of its styles.
 */
final class ThemeAssets {
    static final String STYLESHEET = "assets/quire.css";

    /** The stylesheet's parts, in cascade order. */
    static final List<String> CSS_PARTS = List.of(
            "css/base.css",
            "css/editorial.css",
            "css/publishing.css",
            "css/writing.css",
            "css/math-code.css",
            "css/pages.css");

    static final List<String> FILES = List.of(
            "assets/fonts/source-serif-4-latin-wght-normal.woff2",
            "assets/fonts/source-serif-4-latin-wght-italic.woff2",
            "assets/fonts/OFL.txt",
            "assets/quire.js",
            "assets/search.js",
            "assets/cite.css"); // citations, figures, backlinks: only memo pages that have them link it

    private ThemeAssets() {
    }

    static void plan(OutputPlan plan) {
        plan.builtIn(STYLESHEET, "theme " + STYLESHEET, Inputs.SITE_ONLY, ThemeAssets::stylesheet);
        for (String file : FILES) {
            plan.builtIn(file, "theme " + file, Inputs.SITE_ONLY, () -> load(file));
        }
    }

    static byte[] stylesheet() {
        ByteArrayOutputStream css = new ByteArrayOutputStream();
        for (String part : CSS_PARTS) {
            css.writeBytes(load(part));
            css.write('\n');
        }
        return css.toByteArray();
    }

    static byte[] load(String file) {
        return loadResource("quire/theme/" + file);
    }

    /** A class-path resource's bytes, e.g. a WebJar's file. */
    static byte[] loadResource(String resource) {
        try (InputStream in = ThemeAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("file missing from the jar: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
