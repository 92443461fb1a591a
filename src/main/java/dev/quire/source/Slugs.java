package dev.quire.source;

import java.text.Normalizer;
import java.util.Locale;

/** Turns names into URL path segments: "Training dynamics" gives "training-dynamics". */
public final class Slugs {
    private Slugs() {
    }

    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "untitled" : slug;
    }
}
