package dev.quire.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * BibTeX's {@code and others} ("Smith, Ann and others"), printed as "et al." in every style.
 *
 * <p>Written by hand because CSL has no way to say "this list goes on": citeproc-java reads
 * "others" as a person and prints "Smith &amp; others". The last name is replaced by a mark that
 * sorts and disambiguates like a name, and the mark, with the "and" or "&amp;" the style put
 * before it, becomes "et al." in the formatted HTML. The delimiter the style puts before the last
 * name stays, which is also where styles put one before "et al." ("Smith, A., et al." in APA,
 * "A. Smith et al." in IEEE).
 */
final class EtAl {
    /** A private-use character: never in a name, and left alone by the CSL processor. */
    private static final String MARK = "\uE000";
    private static final Pattern MARKED = Pattern.compile("(?:(?:&amp;|&|\\band)\\s+)?" + MARK + "\\.?");

    private EtAl() {
    }

    /** The item with a trailing "others" among its authors or editors replaced by the mark. */
    static CSLItemData mark(CSLItemData item) {
        CSLName[] authors = marked(item.getAuthor());
        CSLName[] editors = marked(item.getEditor());
        if (authors == item.getAuthor() && editors == item.getEditor()) {
            return item;
        }
        return new CSLItemDataBuilder(item).author(authors).editor(editors).build();
    }

    /** Formatted HTML with each mark spelled as "et al.". */
    static String spell(String html) {
        return html.contains(MARK) ? MARKED.matcher(html).replaceAll("et al.") : html;
    }

    private static CSLName[] marked(CSLName[] names) {
        if (names == null || names.length < 2 || !isOthers(names[names.length - 1])) {
            return names;
        }
        CSLName[] out = Arrays.copyOf(names, names.length);
        out[out.length - 1] = new CSLNameBuilder().literal(MARK).build();
        return out;
    }

    private static boolean isOthers(CSLName name) {
        String text = name.getLiteral() != null ? name.getLiteral()
                : name.getGiven() == null ? name.getFamily() : null;
        return text != null && text.strip().toLowerCase(Locale.ROOT).equals("others");
    }
}
