package dev.quire.cite;

import java.util.Map;

/**
 * One entry of {@code references.bib} as written, beside the CSL item it is formatted from: its
 * fields by lower-cased name (values as text, braces removed), and the entry's own text, shown
 * by the publications page's BibTeX toggle.
 *
 * @param line the entry's line in references.bib, where problems with it are reported
 */
public record Work(String key, String type, Map<String, String> fields, String bibtex, int line, int column) {

    public Work {
        fields = Map.copyOf(fields);
    }

    /** A field's value, or "" when the entry has none. */
    public String field(String name) {
        return fields.getOrDefault(name, "");
    }
}
