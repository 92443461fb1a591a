package dev.quire.cite;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXObject;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * Reads {@code references.bib} with jbibtex into CSL items (citeproc-java's converter), reporting
 * every malformed entry at its line and column instead of stopping at the first. An entry whose
 * eprint is an arXiv id, and which has no URL, gets the arXiv abstract page as its URL so that
 * every style links it.
 */
final class BibTeXReader {
    static final String FILE = "references.bib";
    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered unexpected token: \"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern AT = Pattern.compile("at line (\\d+), column (\\d+)");
    private static final Key EPRINT = new Key("eprint");
    private static final Key ARCHIVE_PREFIX = new Key("archivePrefix");
    private static final Key EPRINT_TYPE = new Key("eprinttype");

    private BibTeXReader() {
    }

    /** The CSL items and the entries as written, both by key in file order. */
    record Library(Map<String, CSLItemData> items, Map<String, Work> works) {
    }

    /** The items by key, in file order; malformed entries are reported and left out. */
    static Map<String, CSLItemData> read(SourceText source, Problems problems) {
        return readLibrary(source, problems).items();
    }

    /** The items and the entries as written; malformed entries are reported and left out. */
    static Library readLibrary(SourceText source, Problems problems) {
        PositionedParser parser = newParser(source, problems);
        BibTeXDatabase database;
        try {
            database = parser.parseFully(new StringReader(source.text()));
        } catch (RuntimeException e) {
            // parseFully recovers from a bad entry by skipping to the next '@', and gives up when
            // there is none (or when it stops advancing, see StuckGuard): the errors found so far
            // say why; without any, the file ended early
            parser.getExceptions().stream().map(Exception::getMessage).distinct().forEach(message ->
                    parser.getExceptions().stream().filter(x -> java.util.Objects.equals(x.getMessage(), message))
                            .findFirst().ifPresent(found -> report(source, found, problems)));
            if (parser.getExceptions().isEmpty()) {
                int last = source.text().split("\n", -1).length;
                problems.error(source, Math.max(1, last - (source.text().endsWith("\n") ? 1 : 0)), 1,
                        "references.bib ends inside an entry", "is a closing '}' missing?");
            }
            return new Library(Map.of(), Map.of());
        }
        for (Exception e : parser.getExceptions()) {
            report(source, e, problems);
        }
        BibTeXConverter converter = new BibTeXConverter();
        Map<String, CSLItemData> items = new LinkedHashMap<>();
        Map<String, Work> works = new LinkedHashMap<>();
        for (BibTeXObject object : database.getObjects()) {
            if (object instanceof BibTeXEntry entry) {
                String key = entry.getKey().getValue();
                try {
                    items.put(key, EtAl.mark(withArxivUrl(entry, withIssue(entry, converter.toItemData(entry)))));
                    works.put(key, work(source.text(), entry));
                } catch (RuntimeException e) {
                    int[] at = entryPosition(source.text(), key);
                    problems.error(source, at[0], at[1], "cannot read the entry '" + key + "': " + e.getMessage(),
                            "check its author, date and page fields");
                }
            }
        }
        return new Library(items, works);
    }

    private static Work work(String text, BibTeXEntry entry) {
        String key = entry.getKey().getValue();
        Map<String, String> fields = new LinkedHashMap<>();
        entry.getFields().forEach((name, value) -> fields.put(name.getValue().toLowerCase(Locale.ROOT), value.toUserString().strip()));
        int[] at = entryPosition(text, key);
        return new Work(key, entry.getType().getValue().toLowerCase(Locale.ROOT), fields, entryText(text, key), at[0], at[1]);
    }

    /**
     * The entry's text as written, from its '@' to its closing brace. jbibtex keeps no positions,
     * so the entry is found again by its key and its braces counted; the file was parsed without
     * error, so they balance.
     */
    static String entryText(String text, String key) {
        Matcher m = Pattern.compile("@\\w+\\s*([{(])\\s*" + Pattern.quote(key) + "\\s*,").matcher(text);
        if (!m.find()) {
            return "";
        }
        char open = m.group(1).charAt(0);
        char close = open == '{' ? '}' : ')';
        int depth = 0;
        for (int i = m.start(1); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == open) {
                depth++;
            } else if (c == '}' || c == close) {
                depth--;
                if (depth == 0) {
                    return text.substring(m.start(), i + 1);
                }
            }
        }
        return text.substring(m.start()).strip();
    }

    private static PositionedParser newParser(SourceText source, Problems problems) {
        try {
            PositionedParser parser = new PositionedParser(source, problems);
            StuckGuard.install(parser);
            return parser;
        } catch (ParseException e) {
            throw new IllegalStateException("cannot start the BibTeX parser", e);
        }
    }

    private static void report(SourceText source, Exception e, Problems problems) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher at = AT.matcher(message);
        int line = at.find() ? Integer.parseInt(at.group(1)) : 1;
        int column = at.find(0) ? Integer.parseInt(at.group(2)) : 1;
        if (e instanceof TokenMgrException) {
            problems.error(source, line, column, "malformed entry in references.bib: a character BibTeX cannot read here",
                    "check the quotes and braces of this field");
            return;
        }
        Matcher token = ENCOUNTERED.matcher(message);
        String unexpected = token.find() ? token.group(1) : "";
        boolean commaExpected = message.contains("\",\"");
        problems.error(source, line, column, "malformed entry in references.bib: unexpected '" + unexpected + "'",
                commaExpected ? "fields are separated by commas: is one missing at the end of the line before?"
                        : "an entry reads @type{key, field = {value}, ...}");
    }

    /** Line and column (1-based) of {@code @type{key} in the file, or the file's start. */
    static int[] entryPosition(String text, String key) {
        Matcher m = Pattern.compile("@\\w+\\s*[{(]\\s*" + Pattern.quote(key) + "\\s*,").matcher(text);
        if (!m.find()) {
            return new int[] {1, 1};
        }
        SourceText.Position at = SourceText.position(text, m.start());
        return new int[] {at.line(), at.column()};
    }

    private static CSLItemData withArxivUrl(BibTeXEntry entry, CSLItemData item) {
        if (item.getURL() != null) {
            return item;
        }
        String eprint = text(entry.getField(EPRINT));
        String archive = text(entry.getField(ARCHIVE_PREFIX)) + text(entry.getField(EPRINT_TYPE));
        if (eprint.isEmpty() || !archive.toLowerCase(Locale.ROOT).contains("arxiv")) {
            return item;
        }
        return new CSLItemDataBuilder(item).URL("https://arxiv.org/abs/" + eprint.strip()).build();
    }

    /** An article's BibTeX 'number' is its issue; CSL styles print a 'number' as an article number. */
    private static CSLItemData withIssue(BibTeXEntry entry, CSLItemData item) {
        if (!BibTeXEntry.TYPE_ARTICLE.equals(entry.getType()) || item.getNumber() == null || item.getIssue() != null) {
            return item;
        }
        return new CSLItemDataBuilder(item).issue(item.getNumber()).number(null).build();
    }

    private static String text(Value value) {
        return value == null ? "" : value.toUserString();
    }

    /**
     * jbibtex's parser, made to report an undefined @string macro at its position instead of
     * throwing, so that the rest of the file is still read.
     */
    private static final class PositionedParser extends BibTeXParser {
        private final SourceText source;
        private final Problems problems;

        PositionedParser(SourceText source, Problems problems) throws ParseException {
            this.source = source;
            this.problems = problems;
        }

        @Override
        public void checkStringResolution(Key key, BibTeXString string) {
            if (string == null) {
                problems.error(source, token.beginLine, token.beginColumn,
                        "undefined string '" + key.getValue() + "' in references.bib",
                        "put text in braces, {like this}, or define it with @string{" + key.getValue() + " = {...}}");
            }
        }

        @Override
        public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
            if (entry == null) {
                problems.error(source, token.beginLine, token.beginColumn,
                        "crossref to '" + key.getValue() + "', which references.bib does not hold", null);
            }
        }
    }
}
