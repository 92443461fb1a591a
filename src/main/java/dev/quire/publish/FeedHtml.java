package dev.quire.publish;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A memo body made fit for feed readers: links and images absolute (a reader shows the entry far
 * from the site), and math as MathML only. KaTeX writes each formula twice, as MathML for
 * assistive technology and as positioned spans styled by its stylesheet; feed readers have no
 * such stylesheet, so the spans would show as a jumble and only the MathML is kept.
 */
public final class FeedHtml {
    private FeedHtml() {
    }

    /**
     * @param bodyHtml the memo body as the memo page shows it
     * @param pageUrl the memo page's absolute address, against which relative URLs resolve
     */
    public static String of(String bodyHtml, String pageUrl) {
        Document doc = Jsoup.parseBodyFragment(bodyHtml, pageUrl);
        doc.outputSettings().prettyPrint(false);
        doc.select(".katex-html").remove();
        doc.select(".sidenote").remove();   // margin copies of the footnotes: a reader without the stylesheet would show each note twice
        for (Element mathml : doc.select(".katex-mathml")) {
            mathml.unwrap();
        }
        for (Element katex : doc.select("span.katex")) {
            katex.unwrap();
        }
        absolutize(doc, "href");
        absolutize(doc, "src");
        return doc.body().html();
    }

    private static void absolutize(Document doc, String attribute) {
        for (Element element : doc.select("[" + attribute + "]")) {
            String url = element.absUrl(attribute);
            if (!url.isEmpty()) {
                element.attr(attribute, url);
            }
        }
    }
}
