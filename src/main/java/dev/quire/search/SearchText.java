package dev.quire.search;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * A memo body as the plain text a search matches and quotes: math (TeX or MathML, not words a
 * reader would type), the footnotes' marks and back-links, and their margin copies left out.
 *
 * <p>One walk over the parsed body that skips those subtrees, rather than removing them and
 * asking for the text: it runs for every memo on every build, and this halves its cost.
 */
public final class SearchText {
    private SearchText() {
    }

    public static String of(String bodyHtml) {
        return of(Jsoup.parseBodyFragment(bodyHtml).body());
    }

    /** The text of a body already parsed; {@code body} is left as it was. */
    public static String of(Element body) {
        Collector text = new Collector();
        body.filter(text);
        return text.toString();
    }

    private static final class Collector implements NodeFilter {
        private final StringBuilder out = new StringBuilder();

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                append(text.getWholeText());
            } else if (node instanceof Element element) {
                if (skipped(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (element.isBlock() || element.nameIs("br")) {
                    space();
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
                space();
            }
            return FilterResult.CONTINUE;
        }

        private static boolean skipped(Element e) {
            return e.nameIs("math") || e.hasClass("math") || e.hasClass("katex") || e.hasClass("sidenote")
                    || e.hasClass("footnote-backref") || (e.nameIs("sup") && e.hasClass("footnote-ref"));
        }

        /** Appends text with each run of whitespace as one space, as a browser shows it. */
        private void append(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    space();
                } else {
                    out.append(c);
                }
            }
        }

        private void space() {
            if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }

        @Override
        public String toString() {
            int end = out.length();
            return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
        }
    }
}
