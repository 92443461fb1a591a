package dev.quire.pipeline;

import dev.quire.cache.CodeVersion;
import dev.quire.cache.RecordCodec;
import dev.quire.cache.RenderCache;
import dev.quire.cite.Bibliography;
import dev.quire.diag.Problem;
import dev.quire.diag.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The site's {@code references.bib} for one run, parsed only when something asks for it: a body
 * rendered anew that cites, or the publications page. Parsing it loads citeproc, jbibtex and
 * ANTLR and took ~0.1 s of a build's start, which a build whose bodies all come from the cache
 * does not need. What the file's problems are does not wait: they are reported on every run as
 * before, from the cache when the same file, style and language were parsed by the same Quire
 * before (only a file without errors is kept; one with errors is parsed, and fails, every time).
 *
 * <p>Usage: {@code Supplier<Bibliography> bib = SiteBibliography.of(file, style, language, cache, problems);}
 * then {@code bib.get()} (null when there is no bibliography) from any thread.
 */
final class SiteBibliography implements Supplier<Bibliography> {
    static final String KIND = "bibliography-problems";

    /** What parsing the file reported. */
    record Checked(List<Problem> problems) {
    }

    private static final RecordCodec<Checked> CODEC = RecordCodec.of(Checked.class);

    private final byte[] bytes;
    private final String style;
    private final String language;
    private Bibliography parsed;
    private boolean done;

    private SiteBibliography(byte[] bytes, String style, String language) {
        this.bytes = bytes;
        this.style = style;
        this.language = language;
    }

    /** The bibliography of {@code file}, its problems reported to {@code problems} now; null from {@code get()} without one. */
    static Supplier<Bibliography> of(Path file, String style, String language, RenderCache cache, Problems problems) {
        if (!Files.isRegularFile(file) || !cache.enabled()) {
            Bibliography now = Bibliography.load(file, style, language, problems).orElse(null);
            return () -> now;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            Bibliography now = Bibliography.load(file, style, language, problems).orElse(null); // reports why it cannot be read
            return () -> now;
        }
        // ISO-8859-1 maps each byte to one character: a key of the bytes whatever their encoding
        String key = RenderCache.key(CodeVersion.current(), RecordCodec.schema(Checked.class), style, language,
                new String(bytes, StandardCharsets.ISO_8859_1));
        Optional<Checked> kept = cache.getBytes(KIND, key).flatMap(CODEC::decode);
        if (kept.isPresent()) {
            kept.get().problems().forEach(problems::add);
            return new SiteBibliography(bytes, style, language);
        }
        Problems own = new Problems();
        Bibliography now = Bibliography.read(bytes, style, language, own).orElse(null);
        List<Problem> found = own.sorted();
        found.forEach(problems::add);
        if (!own.hasErrors()) {
            cache.putBytes(KIND, key, CODEC.encode(new Checked(found)));
        }
        return () -> now;
    }

    /** Parsed on the first call; its problems were reported when the run began. */
    @Override
    public synchronized Bibliography get() {
        if (!done) {
            parsed = Bibliography.read(bytes, style, language, new Problems()).orElse(null);
            done = true;
        }
        return parsed;
    }
}
