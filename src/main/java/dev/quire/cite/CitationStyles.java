package dev.quire.cite;

import de.undercouch.citeproc.CSL;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    /**
     * Whether the style cites by author and date ("(Vaswani et al., 2017)"), as its CSL file
     * declares; such citations read the same in every memo. Numeric and note styles number or
     * shorten citations by their order in the memo. A style whose file cannot be read is taken
     * as not author-date, which is only slower.
     */
    static boolean isAuthorDate(String name) {
        try (InputStream in = CitationStyles.class.getResourceAsStream("/" + name + ".csl")) {
            if (in == null) {
                return false;
            }
            String head = new String(in.readNBytes(8192), StandardCharsets.UTF_8);
            return head.contains("citation-format=\"author-date\"");
        } catch (IOException e) {
            return false;
        }
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
