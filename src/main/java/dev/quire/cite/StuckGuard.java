package dev.quire.cite;

import java.lang.reflect.Field;
import java.util.ArrayList;
import org.jbibtex.BibTeXParser;

/**
 * Stops jbibtex's recovering parser when it no longer advances. On some malformed input
 * ({@code @+1}: an {@code @} before something that is no entry type) its token manager
 * throws at the same place again and again, and {@code parseFully} records each error and retries
 * for ever. The parser keeps its errors in a private list; this replaces the list with one that
 * throws once it holds more errors than any real file has, which ends {@code parseFully} with
 * the errors so far, as when it reaches the end of a file inside an entry.
 *
 * <p>Reflection because jbibtex offers no hook into that loop; if a later jbibtex renames the
 * field, nothing is installed and {@code BibTeXFuzzTest} shows the hang again.
 */
final class StuckGuard extends ArrayList<Exception> {
    /** More errors than a real references.bib gives: one per entry at most, and files hold thousands. */
    private static final int LIMIT = 10_000;

    private StuckGuard() {
    }

    static void install(BibTeXParser parser) {
        try {
            Field field = BibTeXParser.class.getDeclaredField("exceptions");
            field.setAccessible(true);
            field.set(parser, new StuckGuard());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // left as it is: the parser works, only without this guard
        }
    }

    @Override
    public boolean add(Exception e) {
        if (size() >= LIMIT) {
            throw new IllegalStateException("the BibTeX parser stopped advancing: " + e.getMessage());
        }
        return super.add(e);
    }
}
