package dev.quire.markdown.reference;

import dev.quire.cite.CiteItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pandoc's citation syntax inside brackets: items separated by {@code ;}, each an optional
 * prefix, {@code @key} (or {@code -@key} without the author), then an optional locator and
 * suffix: {@code [see @smith2020, pp. 33-35; -@jones2021, ch. 2]}.
 */
final class CitationSyntax {
    /** Pandoc's key: a letter, digit or '_' first, inner punctuation allowed, a word character last. */
    static final String KEY = "[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_:.#$%&+?<>~/-]*[\\p{L}\\p{N}_])?";
    private static final Pattern ITEM = Pattern.compile("^(.*?)(?:^|(?<=\\s))(-?)@(" + KEY + ")(.*)$", Pattern.DOTALL);
    /** A locator's number: "4", "12a", and with inner dots or colons "4.2", "2.1.3", "3:16". */
    private static final String NUMBER = "\\d[\\p{L}\\p{N}]*(?:[.:]\\p{N}[\\p{L}\\p{N}]*)*";
    private static final String RANGE = NUMBER + "(?:\\s*[-–—]\\s*[\\p{L}\\p{N}]+(?:[.:]\\p{N}[\\p{L}\\p{N}]*)*)?";
    private static final Pattern LOCATOR = Pattern.compile(
            "^(?:([\\p{L}.§¶]+)\\s*)?(" + RANGE + "(?:\\s*,\\s*" + RANGE + ")*)(.*)$", Pattern.DOTALL);
    /** Locator terms as written, to CSL's locator labels. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("p.", "page"), Map.entry("pp.", "page"), Map.entry("page", "page"), Map.entry("pages", "page"),
            Map.entry("ch.", "chapter"), Map.entry("chap.", "chapter"), Map.entry("chapter", "chapter"), Map.entry("chapters", "chapter"),
            Map.entry("sec.", "section"), Map.entry("section", "section"), Map.entry("sections", "section"), Map.entry("§", "section"), Map.entry("§§", "section"),
            Map.entry("fig.", "figure"), Map.entry("figs.", "figure"), Map.entry("figure", "figure"), Map.entry("figures", "figure"),
            Map.entry("vol.", "volume"), Map.entry("vols.", "volume"), Map.entry("volume", "volume"),
            Map.entry("para.", "paragraph"), Map.entry("paragraph", "paragraph"), Map.entry("¶", "paragraph"),
            Map.entry("l.", "line"), Map.entry("ll.", "line"), Map.entry("line", "line"), Map.entry("lines", "line"),
            Map.entry("n.", "note"), Map.entry("note", "note"), Map.entry("pt.", "part"), Map.entry("part", "part"),
            Map.entry("col.", "column"), Map.entry("column", "column"), Map.entry("bk.", "book"), Map.entry("book", "book"));

    private CitationSyntax() {
    }

    /** One item's key and where it starts in the bracket's text. */
    record Key(CiteItem item, int offset) {
    }

    /** The items of a bracket's text (without the brackets), or empty when it is not a citation. */
    static Optional<List<Key>> parse(String text) {
        List<Key> keys = new ArrayList<>();
        int start = 0;
        for (String part : text.split(";", -1)) {
            Matcher m = ITEM.matcher(part);
            if (!m.matches()) {
                return Optional.empty();
            }
            String prefix = m.group(1).strip();
            boolean suppress = !m.group(2).isEmpty();
            String key = m.group(3);
            String rest = m.group(4);
            CiteItem item = withLocator(key, prefix, rest, suppress);
            if (item == null) {
                return Optional.empty();
            }
            keys.add(new Key(item, start + m.start(3) - 1 - m.group(2).length()));
            start += part.length() + 1;
        }
        return Optional.of(keys);
    }

    /** After the key: nothing, or ", p. 3", ", 33-35", ", ch. 2 and elsewhere", or any suffix. */
    private static CiteItem withLocator(String key, String prefix, String rest, boolean suppress) {
        String after = rest.strip();
        if (after.isEmpty()) {
            return new CiteItem(key, prefix, null, null, "", suppress);
        }
        if (!after.startsWith(",")) {
            // Pandoc allows a suffix without a comma, but "@key]" followed by text is rare and a
            // typo like "[@key p. 3]" reads better as an error-free suffix than as a failure
            return new CiteItem(key, prefix, null, null, " " + after, suppress);
        }
        String tail = after.substring(1).strip();
        Matcher m = LOCATOR.matcher(tail);
        if (m.matches()) {
            String term = m.group(1);
            String label = term == null ? "page" : LABELS.get(term.toLowerCase(Locale.ROOT));
            if (label != null) {
                return new CiteItem(key, prefix, m.group(2).strip(), label, m.group(3), suppress);
            }
        }
        return new CiteItem(key, prefix, null, null, ", " + tail, suppress);
    }
}
