package dev.quire.publish;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code sitemap.xml} (sitemaps.org protocol 0.9): every page a search engine should index, by
 * absolute address, memos with their date as {@code lastmod}. One file holds up to 50,000
 * addresses, the protocol's limit; a site beyond that would need a sitemap index.
 */
public final class Sitemap {
    /** One page: its site path and, when known, the date it last changed ("2026-07-01"). */
    public record Page(String path, String lastmod) {
    }

    private Sitemap() {
    }

    public static byte[] write(SiteUrls urls, List<Page> pages) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (Page page : pages) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("url");
                element(xml, "loc", urls.of(page.path()));
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
