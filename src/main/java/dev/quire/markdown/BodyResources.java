package dev.quire.markdown;

import dev.quire.cite.Bibliography;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What memo bodies may point at beyond other memos, known once per build: the site's
 * {@code static/} folder (images written from the site root, {@code /img/x.png}), the
 * bibliography, and the site's public address. {@link #NONE} for a body rendered on its own, as
 * in tests: images are then not looked up, a citation is an error, and no feed body is written.
 *
 * @param staticDir the site's static/ folder, or null without a site
 * @param bibliography the parsed references.bib (null when the site has none), asked for only
 *        by a body that cites: a build whose bodies all come from the cache need not parse it
 * @param baseUrl {@code base_url} with its trailing slash, against which feed bodies make their
 *        addresses absolute; null when the site has no public address (and so no feeds)
 */
public record BodyResources(Path staticDir, Supplier<Bibliography> bibliography, String baseUrl) {
    public static final BodyResources NONE = new BodyResources(null, null, null);

    public BodyResources {
        if (bibliography == null) {
            bibliography = () -> null;
        }
    }

    /** Resources of a site without a public address. */
    public BodyResources(Path staticDir, Bibliography bibliography) {
        this(staticDir, () -> bibliography, null);
    }

    public Optional<Bibliography> references() {
        return Optional.ofNullable(bibliography.get());
    }
}
