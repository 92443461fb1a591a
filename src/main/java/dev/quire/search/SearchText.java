package dev.quire.search;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A memo body as the plain text a search matches and quotes: math (TeX or MathML, not words a
 * reader would type), the footnotes' back-links and their margin copies left out.
 */
public final class SearchText {
    private SearchText() {
    }

    public static String of(String bodyHtml) {
        Document doc = Jsoup.parseBodyFragment(bodyHtml);
        doc.select(".math, .katex, math, .footnote-backref, sup.footnote-ref, .sidenote").remove();
        return doc.body().text();
    }
}
