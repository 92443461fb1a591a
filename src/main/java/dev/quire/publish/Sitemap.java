package dev.quire.publish;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code sitemap.xml} (sitemaps.org protocol 0.9): every page a search engine should index, by
 * absolute address, memos with their date as {@code lastmod}. One file may hold 50,000 addresses:
 * a larger site gets {@code sitemap-1.xml}, {@code sitemap-2.xml}, ... and {@code sitemap.xml}
 * becomes the sitemap index that lists them.
 */
public final class Sitemap {
    /** The protocol's limit of addresses in one file. */
    public static final int MAX_URLS = 50_000;

    /** One page: its site path and, when known, the date it last changed ("2026-07-01"). */
    public record Page(String path, String lastmod) {
    }

    private Sitemap() {
    }

    /** How many files the pages need: 1, or the number of parts a sitemap index lists. */
    public static int parts(int pages) {
        return Math.max(1, (pages + MAX_URLS - 1) / MAX_URLS);
    }

    /** The path of part {@code n} (from 1) when there are several. */
    public static String partPath(int n) {
        return "sitemap-" + n + ".xml";
    }

    /** A sitemap of {@code pages} (at most {@link #MAX_URLS}). */
    public static byte[] write(SiteUrls urls, List<Page> pages) {
        return document("urlset", "url", pages.stream().map(p -> new Page(urls.of(p.path()), p.lastmod())).toList());
    }

    /** The sitemap index listing parts 1 to {@code parts}. */
    public static byte[] index(SiteUrls urls, int parts) {
        List<Page> files = new ArrayList<>();
        for (int n = 1; n <= parts; n++) {
            files.add(new Page(urls.of(partPath(n)), null));
        }
        return document("sitemapindex", "sitemap", files);
    }

    private static byte[] document(String root, String item, List<Page> locations) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (Page page : locations) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement(item);
                element(xml, "loc", page.path());
                if (page.lastmod() != null) {
                    element(xml, "lastmod", page.lastmod());
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write sitemap.xml", e);
        }
        return (out + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** {@code robots.txt}: everything may be crawled; the sitemap's address when there is one. */
    public static byte[] robots(SiteUrls urls) {
        String text = "User-agent: *\nAllow: /\n" + (urls == null ? "" : "\nSitemap: " + urls.of("sitemap.xml") + "\n");
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
