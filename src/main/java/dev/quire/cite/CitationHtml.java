package dev.quire.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.csl.CSLName;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * One citation as HTML, formatted by a CSL processor that has the memo's cited works registered:
 * each item a link to its entry in the reference list, and the narrative form ("Vaswani et al.
 * (2017)") that CSL itself lacks.
 */
final class CitationHtml {
    // Private-use characters wrapped around each item by its CSL prefix and suffix, so that the
    // part of the formatted citation that belongs to each item can be made a link to its entry
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final int INDEX_BASE = 0xE100;
    private static final Pattern MARKED = Pattern.compile(OPEN + "(.)(.*?)" + CLOSE, Pattern.DOTALL);

    private CitationHtml() {
    }

    static String linked(CSL csl, List<CiteItem> cites) {
        CSLCitationItem[] items = new CSLCitationItem[cites.size()];
        for (int i = 0; i < cites.size(); i++) {
            CiteItem c = cites.get(i);
            String prefix = c.prefix().isEmpty() ? "" : c.prefix() + " ";
            items[i] = item(c).prefix(prefix + OPEN + (char) (INDEX_BASE + i)).suffix(CLOSE + c.suffix()).build();
        }
        String text = csl.makeCitation(new CSLCitation(items)).get(0).getText();
        Matcher m = MARKED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = cites.get(m.group(1).charAt(0) - INDEX_BASE).key();
            m.appendReplacement(out, Matcher.quoteReplacement(link(key, m.group(2))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * "Vaswani et al. (2017)": CSL 1.0 has no narrative form, so the names are taken from the
     * item and the rest from the parenthetical citation when the style writes one that starts
     * with them (author-date styles); otherwise, as for numeric styles, "Vaswani et al. [1]".
     */
    static String narrative(CSL csl, CiteItem cite, Map<String, CSLItemData> items) {
        // the suffix goes to CSL, which puts it inside the parentheses; the prefix stays out of
        // them, as the names must open the citation for them to be recognised
        String text = csl.makeCitation(new CSLCitation(item(cite).suffix(cite.suffix()).build())).get(0).getText();
        String prefix = cite.prefix().isEmpty() ? "" : StringEscapeUtils.escapeHtml4(cite.prefix()) + " ";
        String names = StringEscapeUtils.escapeHtml4(names(items.get(cite.key())));
        // the style may join two names with "&" where running text says "and"
        for (String written : List.of(names, names.replace(" and ", " &amp; "), names.replace(" and ", " & "))) {
            if (text.startsWith("(" + written) && text.endsWith(")")) {
                String rest = text.substring(1 + written.length(), text.length() - 1).replaceFirst("^[,\\s]+", "");
                return cite.suppressAuthor() ? link(cite.key(), "(" + prefix + rest + ")")
                        : prefix + link(cite.key(), names + " (" + rest + ")");
            }
        }
        return prefix + (cite.suppressAuthor() ? link(cite.key(), text) : link(cite.key(), names + " " + text));
    }

    private static CSLCitationItemBuilder item(CiteItem cite) {
        CSLCitationItemBuilder builder = new CSLCitationItemBuilder(cite.key());
        if (cite.locator() != null) {
            builder.locator(cite.locator()).label(CSLLabel.fromString(cite.label()));
        }
        if (cite.suppressAuthor()) {
            builder.suppressAuthor(true);
        }
        return builder;
    }

    /** "Smith", "Smith and Jones", "Smith et al.": the authors (else editors) as running text names them. */
    static String names(CSLItemData item) {
        CSLName[] names = item.getAuthor() != null && item.getAuthor().length > 0 ? item.getAuthor() : item.getEditor();
        if (names == null || names.length == 0) {
            return item.getTitle() == null ? item.getId() : item.getTitle();
        }
        String first = family(names[0]);
        return switch (names.length) {
            case 1 -> first;
            case 2 -> first + " and " + family(names[1]);
            default -> first + " et al.";
        };
    }

    static String family(CSLName name) {
        if (name.getLiteral() != null) {
            return name.getLiteral();
        }
        String particle = name.getNonDroppingParticle() == null ? "" : name.getNonDroppingParticle() + " ";
        return particle + (name.getFamily() == null ? "" : name.getFamily());
    }

    private static String link(String key, String html) {
        return "<a href=\"#" + Bibliography.id(key) + "\">" + html + "</a>";
    }
}
