package dev.quire.cite;

import de.undercouch.citeproc.CSL;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The CSL styles Quire knows by name: every style of the Citation Style Language repository,
 * shipped in the jar (the {@code org.citationstyles:styles} artifact), e.g. {@code apa},
 * {@code ieee}, {@code nature}, {@code chicago-author-date}.
 */
public final class CitationStyles {
    /** Author-date, as most machine-learning venues cite: "(Vaswani et al., 2017)". */
    public static final String DEFAULT = "apa";

    private CitationStyles() {
    }

    public static boolean exists(String name) {
        return !name.isBlank() && CSL.supportsStyle(name);
    }

    /** Every style name, for a did-you-mean; lists the style jar, so only on an error. */
    public static Set<String> names() {
        try {
            return new TreeSet<>(CSL.getSupportedStyles());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the citation styles", e);
        }
    }
}
