package dev.quire.publish;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dev.quire.config.SiteConfig;
import dev.quire.content.Label;
import dev.quire.content.Memo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.jdom2.output.support.AbstractXMLOutputProcessor;
import org.jdom2.output.support.FormatStack;
import org.jdom2.util.NamespaceStack;

/**
 * An Atom 1.0 feed (RFC 4287) written with Rome: every entry with its summary and full content.
 * The feed's {@code updated} is its newest memo's date, not the build time, so that two builds of
 * one input are byte-identical.
 *
 * <p>Each memo's entry is printed once ({@link #entry}) and placed as that text in every feed that
 * holds it ({@link #write}): escaping the full text of a memo is nearly all of a feed's cost, a
 * memo stands in the site's feed and its category's, and {@code serve} keeps the printed entries,
 * so that a new site title writes 32 feeds without escaping a memo again. The entry is printed by
 * JDOM's own printer, at the depth and with the namespaces it has inside the feed, so the bytes
 * are those of the whole feed printed at once ({@code FeedEntriesTest} compares the two).
 */
public final class AtomFeed {
    private static final String FEED_TYPE = "atom_1.0";
    private static final Printer PRINTER = new Printer();

    private AtomFeed() {
    }

    /**
     * @param entries each memo's entry as {@link #entry} printed it, in the order of {@code spec.memos()}
     */
    public static byte[] write(FeedSpec spec, SiteConfig config, SiteUrls urls, List<String> entries) {
        Document document = jdom(header(spec, config, urls));
        Element feed = document.getRootElement();
        long expected = 4096;
        for (String entry : entries) {
            feed.addContent(new PrintedEntry(feed.getNamespace(), entry));
            expected += entry.length() + 8;
        }
        // straight to UTF-8 bytes in a buffer sized for the entries: the XML as one string, grown
        // from a small buffer, then encoded, copied a feed of 30 full memos four times over
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(expected, 1 << 26));
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new XMLOutputter(Format.getPrettyFormat(), PRINTER).output(document, out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the Atom feed " + spec.atomPath(), e);
        }
        return bytes.toByteArray();
    }

    /** One memo's {@code <entry>}, printed as it stands in a feed (indented one level, in the feed's namespace). */
    public static String entry(Memo memo, FeedBodies bodies) {
        Feed one = new Feed(FEED_TYPE);
        one.setEntries(List.of(entryOf(memo, bodies.urls(), bodies)));
        Element feed = jdom(one).getRootElement();
        StringWriter out = new StringWriter(bodies.of(memo).length() * 13 / 10 + memo.summary().length() + 1024);
        try {
            PRINTER.printEntry(out, feed, feed.getChild("entry", feed.getNamespace()));
        } catch (IOException e) {
            throw new IllegalStateException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    /** The feed without its entries. */
    static Feed header(FeedSpec spec, SiteConfig config, SiteUrls urls) {
        Feed feed = new Feed(FEED_TYPE);
        feed.setId(urls.of(spec.atomPath()));
        feed.setTitle(spec.title());
        feed.setLanguage(config.language());
        if (!config.tagline().isEmpty()) {
            feed.setSubtitle(text("text", config.tagline()));
        }
        feed.setAlternateLinks(List.of(link("alternate", "text/html", urls.of(spec.dir()))));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", urls.of(spec.atomPath()))));
        feed.setAuthors(authors(config));
        Generator generator = new Generator();
        generator.setValue("Quire");
        feed.setGenerator(generator);
        // the latest change to any entry: a revision of an older memo updates the feed too
        feed.setUpdated(spec.memos().stream().map(m -> m.modified().toInstant()).max(java.time.Instant::compareTo)
                .map(Date::from).orElse(new Date(0)));
        return feed;
    }

    private static Document jdom(Feed feed) {
        try {
            return new WireFeedOutput().outputJDom(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome cannot write an Atom feed", e);
        }
    }

    static Entry entryOf(Memo memo, SiteUrls urls, FeedBodies bodies) {
        String url = urls.of(memo.path());
        Entry entry = new Entry();
        entry.setId(url);
        entry.setTitle(memo.title());
        entry.setAlternateLinks(List.of(link("alternate", "text/html", url)));
        entry.setPublished(date(memo));
        entry.setUpdated(Date.from(memo.modified().toInstant()));
        if (!memo.summary().isEmpty()) {
            entry.setSummary(text("text", memo.summary()));
        }
        entry.setContents(List.of(text("html", bodies.of(memo))));
        List<Category> categories = new ArrayList<>();
        if (memo.hasCategory()) {
            categories.add(category(memo.category(), urls.of(memo.categoryPath())));
        }
        for (Label tag : memo.tags()) {
            categories.add(category(tag, urls.of("tags/")));
        }
        entry.setCategories(categories);
        return entry;
    }

    private static List<SyndPerson> authors(SiteConfig config) {
        Person author = new Person();
        author.setName(config.author().isEmpty() ? config.title() : config.author());
        author.setUri(config.baseUrl());
        return List.of(author);
    }

    private static Category category(Label label, String scheme) {
        Category category = new Category();
        category.setTerm(label.slug());
        category.setLabel(label.name());
        category.setScheme(scheme);
        return category;
    }

    private static Content text(String type, String value) {
        Content content = new Content();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static Date date(Memo memo) {
        return Date.from(memo.date().toInstant());
    }

    /** An entry printed before, standing in a feed's element tree for the text it was printed as. */
    private static final class PrintedEntry extends Element {
        private static final long serialVersionUID = 1L;
        private final transient String text;

        PrintedEntry(Namespace atom, String text) {
            super("entry", atom);
            this.text = text;
        }
    }

    /** JDOM's printer, which prints a {@link PrintedEntry} as its text, and an entry alone as it prints it inside its feed. */
    private static final class Printer extends AbstractXMLOutputProcessor {
        void printEntry(Writer out, Element feed, Element entry) throws IOException {
            FormatStack format = new FormatStack(Format.getPrettyFormat());
            NamespaceStack namespaces = new NamespaceStack();
            // the state printing the feed's content is in: the feed's namespaces declared, one level in
            namespaces.push(feed);
            format.push();
            printElement(out, format, namespaces, entry);
        }

        @Override
        protected void printElement(Writer out, FormatStack format, NamespaceStack namespaces, Element element)
                throws IOException {
            if (element instanceof PrintedEntry printed) {
                write(out, printed.text);
            } else {
                super.printElement(out, format, namespaces, element);
            }
        }
    }
}
