package dev.quire.markdown.reference;

import dev.quire.cite.Bibliography;
import dev.quire.cite.CiteItem;
import dev.quire.diag.DidYouMean;
import dev.quire.diag.SourceText;
import dev.quire.markdown.BodyContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.SourceSpan;

/**
 * Formats a body's citations with the site's bibliography, all at once since numbering and
 * disambiguation depend on every citation of the memo, and writes the reference list that ends
 * it. An unknown key is an error at the key itself, inside its citation. A narrative {@code @name}
 * that matches no key is left as written (it may be a handle), with a warning when it reads like a
 * key, letters and a year, so that a missing entry is never published silently.
 */
final class BodyCitations {
    /** "smith2020", "Vaswani2017attention", "lee_2018b": letters, then a year, then maybe more. */
    private static final Pattern KEY_LIKE = Pattern.compile("\\p{L}[\\p{L}_-]*?[_-]?(1[5-9]|20)\\d\\d[\\p{L}\\p{N}_:-]*");

    private final BodyContext context;

    BodyCitations(BodyContext context) {
        this.context = context;
    }

    /** Formats every citation; returns the reference list's HTML, or "" without citations. */
    String format(List<Citation> citations) {
        if (citations.isEmpty()) {
            return "";
        }
        Optional<Bibliography> bibliography = context.resources().references();
        List<Citation> formatted = new ArrayList<>();
        List<Bibliography.Request> requests = new ArrayList<>();
        for (Citation citation : citations) {
            if (bibliography.isEmpty()) {
                if (!citation.narrative) {
                    context.error(citation, "citation " + citation.source + " but the site has no references.bib",
                            "put a BibTeX file named references.bib in the site folder, beside quire.yml");
                } else if (looksLikeKey(citation.items.get(0).key())) {
                    reportAt(citation, 0, false, "'" + citation.source + "' reads like a citation, but the site has no references.bib: printed as written",
                            "put a BibTeX file named references.bib in the site folder, beside quire.yml");
                }
                continue;
            }
            List<CiteItem> items = known(citation, bibliography.get());
            if (items != null) {
                boolean narrative = citation.narrative || items.size() == 1 && items.get(0).suppressAuthor();
                requests.add(new Bibliography.Request(items, narrative));
                formatted.add(citation);
            }
        }
        if (requests.isEmpty()) {
            return "";
        }
        Bibliography.Formatted result = bibliography.get().format(requests);
        for (int i = 0; i < formatted.size(); i++) {
            formatted.get(i).html = result.citations().get(i);
        }
        return "<section class=\"references\" id=\"references\">\n<h2>References</h2>\n" + result.references() + "\n</section>\n";
    }

    /** The citation's items with their keys as in references.bib, or null when one is unknown (reported). */
    private List<CiteItem> known(Citation citation, Bibliography bibliography) {
        List<CiteItem> items = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < citation.items.size(); i++) {
            CiteItem item = citation.items.get(i);
            Optional<String> key = bibliography.key(item.key());
            if (key.isPresent()) {
                items.add(new CiteItem(key.get(), item.prefix(), item.locator(), item.label(), item.suffix(), item.suppressAuthor()));
                continue;
            }
            complete = false;
            Optional<String> close = DidYouMean.closest(item.key(), bibliography.keys());
            if (citation.narrative && close.isEmpty()) {
                if (looksLikeKey(item.key())) {
                    reportAt(citation, i, false, "unknown citation key '" + item.key() + "': printed as written",
                            "references.bib has no entry with this key; add one, or correct the key");
                }
                continue; // "@name" that is close to no key and reads like no key is a handle, not a citation
            }
            reportAt(citation, i, true, "unknown citation key '" + item.key() + "'",
                    close.map(c -> "did you mean '" + c + "'?").orElse("references.bib has no entry with this key"));
        }
        return complete ? items : null;
    }

    static boolean looksLikeKey(String key) {
        return KEY_LIKE.matcher(key).matches();
    }

    private void reportAt(Citation citation, int item, boolean error, String message, String hint) {
        if (citation.getSourceSpans().isEmpty()) {
            if (error) {
                context.error(citation, message, hint);
            } else {
                context.warning(0, 0, message, hint);
            }
            return;
        }
        SourceSpan at = citation.getSourceSpans().get(0);
        int offset = citation.offsets == null || item >= citation.offsets.length ? 0 : citation.offsets[item];
        SourceText.Position inCitation = SourceText.position(citation.source, offset);
        int line = inCitation.line() == 1 ? at.getLineIndex() : at.getLineIndex() + inCitation.line() - 1;
        int column = inCitation.line() == 1 ? at.getColumnIndex() + offset : inCitation.column() - 1;
        if (error) {
            context.error(line, column, message, hint);
        } else {
            context.warning(line, column, message, hint);
        }
    }
}
