package dev.quire.html;

import java.util.Map;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.LookupTranslator;

/**
 * HTML escaping for text Quire writes itself, through commons-text. Only the characters that
 * HTML gives a meaning escape: letters outside ASCII stay as they are (pages are UTF-8), and
 * {@code '} stays too, since Quire quotes every attribute with {@code "}. commons-text's
 * {@code escapeHtml4} would also turn "é" into {@code &eacute;}, which changes nothing for a
 * reader but everything for a byte-identical build.
 *
 * <p>Usage: {@code "<p>" + HtmlEscape.text(s) + "</p>"}, {@code "title=\"" + HtmlEscape.attribute(s) + "\""}.
 */
public final class HtmlEscape {
    private static final CharSequenceTranslator TEXT = new LookupTranslator(Map.of("&", "&amp;", "<", "&lt;", ">", "&gt;"));
    private static final CharSequenceTranslator ATTRIBUTE = new LookupTranslator(
            Map.of("&", "&amp;", "<", "&lt;", ">", "&gt;", "\"", "&quot;"));

    private HtmlEscape() {
    }

    /** Escapes text content: {@code & < >}. */
    public static String text(String s) {
        return TEXT.translate(s);
    }

    /** Escapes a double-quoted attribute value: {@code & < > "}. */
    public static String attribute(String s) {
        return ATTRIBUTE.translate(s);
    }
}
