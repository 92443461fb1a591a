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
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * An Atom 1.0 feed (RFC 4287) written with Rome: every entry with its summary and full content.
 * The feed's {@code updated} is its newest memo's date, not the build time, so that two builds of
 * one input are byte-identical.
 */
public final class AtomFeed {
    private AtomFeed() {
    }

    public static byte[] write(FeedSpec spec, SiteConfig config, FeedBodies bodies) {
        SiteUrls urls = bodies.urls();
        Feed feed = new Feed("atom_1.0");
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

        List<Entry> entries = new ArrayList<>();
        for (Memo memo : spec.memos()) {
            entries.add(entry(memo, urls, bodies));
        }
        feed.setEntries(entries);
        // straight to UTF-8 bytes in a buffer sized for the entries' text: the XML as one string,
        // grown from a small buffer, then encoded, copied a feed of 30 full memos four times over
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(expectedSize(spec, bodies));
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new WireFeedOutput().output(feed, out, true);
        } catch (FeedException | IOException e) {
            throw new IllegalStateException("cannot write the Atom feed " + spec.atomPath(), e);
        }
        return bytes.toByteArray();
    }

    /** The bytes of the entries' bodies, escaped (about a third longer), and a little for the rest of each entry. */
    private static int expectedSize(FeedSpec spec, FeedBodies bodies) {
        long chars = 4096;
        for (Memo memo : spec.memos()) {
            chars += bodies.of(memo).length() * 13L / 10 + memo.summary().length() + 1024;
        }
        return (int) Math.min(chars, 1 << 26);
    }

    private static Entry entry(Memo memo, SiteUrls urls, FeedBodies bodies) {
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
}
