package dev.quire.markdown;

import dev.quire.cite.Bibliography;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What memo bodies may point at beyond other memos, known once per build: the site's
 * {@code static/} folder (images written from the site root, {@code /img/x.png}) and the
 * bibliography. {@link #NONE} for a body rendered on its own, as in tests: images are then not
 * looked up, and a citation is an error.
 *
 * @param staticDir the site's static/ folder, or null without a site
 * @param bibliography the parsed references.bib, or null when the site has none
 */
public record BodyResources(Path staticDir, Bibliography bibliography) {
    public static final BodyResources NONE = new BodyResources(null, null);

    public Optional<Bibliography> references() {
        return Optional.ofNullable(bibliography);
    }
}
