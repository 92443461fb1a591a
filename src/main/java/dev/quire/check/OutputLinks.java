package dev.quire.check;

import dev.quire.diag.DidYouMean;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The link crawler: every internal link and anchor of a built site must resolve. Each HTML file
 * is parsed once (jsoup, with source positions); each {@code href} and {@code src} that stays
 * inside the site is resolved against its page the way a browser does, and must name a file of
 * the output, and, when it has a fragment, an {@code id} on that page.
 *
 * <p>Usage: {@code OutputLinks.of(sink.files(), "/").broken()}.
 */
public final class OutputLinks {
    private static final String LINKING = "a[href], area[href], link[href], img[src], script[src], source[src], iframe[src]";
    private static final String HOST = "quire.invalid"; // a host no real link uses, to resolve against

    /**
     * A link that does not resolve, where it is in the output.
     *
     * @param closestId for a missing anchor, the id on the target page closest to it, or null
     */
    public record Broken(String page, int line, int column, String attribute, String target, String reason, String htmlLine,
                         String closestId) {
    }

    private final Map<String, byte[]> files;
    private final String basePath;
    private final String baseUrl;
    private final Map<String, Page> pages;

    /** A link as its page has it: the attribute, its value, and where the element starts. */
    private record Link(String attribute, String value, int line, int column) {
    }

    /**
     * What is kept of a page once parsed: its links and the ids a fragment may name. Not its
     * document: keeping every page's tree (and its text split in lines) ran a 1,000-memo site's
     * check out of an 845 MB heap.
     */
    private record Page(List<Link> links, Set<String> ids) {
    }

    private OutputLinks(Map<String, byte[]> files, String baseUrl, String basePath) {
        this.files = files;
        this.baseUrl = baseUrl;
        this.basePath = basePath;
        this.pages = new TreeMap<>(files.keySet().parallelStream().filter(p -> p.endsWith(".html"))
                .collect(Collectors.toConcurrentMap(p -> p, p -> parse(files.get(p)))));
    }

    /**
     * @param files the built site by path, as {@code MemorySink.files()}
     * @param baseUrl {@code base_url} of the site; absolute links under it count as internal
     * @param basePath its path, which every root-relative link starts with
     */
    public static OutputLinks of(Map<String, byte[]> files, String baseUrl, String basePath) {
        return new OutputLinks(files, baseUrl, basePath);
    }

    private static Page parse(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(text, "");
        Set<String> ids = doc.select("[id]").stream().map(Element::id).collect(Collectors.toSet());
        doc.select("a[name]").forEach(a -> ids.add(a.attr("name")));
        List<Link> links = new ArrayList<>();
        for (Element e : doc.select(LINKING)) {
            String attribute = e.hasAttr("href") ? "href" : "src";
            links.add(new Link(attribute, e.attr(attribute), e.sourceRange().start().lineNumber(),
                    e.sourceRange().start().columnNumber()));
        }
        return new Page(List.copyOf(links), Set.copyOf(ids));
    }

    /** How many links were followed, for the summary line. */
    public int linkCount() {
        return pages.values().stream().mapToInt(p -> p.links().size()).sum();
    }

    public int pageCount() {
        return pages.size();
    }

    /** Every link that does not resolve, in page order, then position. */
    public List<Broken> broken() {
        return pages.entrySet().stream().flatMap(e -> e.getValue().links().stream()
                        .map(link -> check(e.getKey(), e.getValue(), link))
                        .filter(b -> b != null))
                .toList();
    }

    private Broken check(String pagePath, Page page, Link link) {
        String raw = link.value().strip();
        URI target = resolve(pagePath, raw);
        if (target == null) {
            return null; // another site, mailto:, data:, an empty link
        }
        String path = decode(target.getRawPath() == null ? "" : target.getRawPath());
        if (!path.startsWith(basePath)) {
            return broken(pagePath, link, raw, path + " is outside the site, which lives under " + basePath);
        }
        String inSite = path.substring(basePath.length());
        String file = fileFor(inSite);
        if (file == null) {
            return broken(pagePath, link, raw, "no page or file at " + path);
        }
        String fragment = target.getRawFragment() == null ? "" : decode(target.getRawFragment());
        if (!fragment.isEmpty() && file.endsWith(".html") && !pages.get(file).ids().contains(fragment)) {
            Set<String> ids = pages.get(file).ids();
            Broken b = broken(pagePath, link, raw, "no element with id '" + fragment + "' on " + shown(path));
            return new Broken(b.page(), b.line(), b.column(), b.attribute(), b.target(), b.reason(), b.htmlLine(),
                    DidYouMean.closest(fragment, ids.stream().sorted().toList()).orElse(null));
        }
        return null;
    }

    /** Where a link leads, resolved as a browser would; null when it leaves the site. */
    private URI resolve(String pagePath, String raw) {
        if (raw.isEmpty() || raw.equals("#")) {
            return null;
        }
        String href = !baseUrl.equals("/") && raw.startsWith(baseUrl) ? basePath + raw.substring(baseUrl.length()) : raw;
        URI resolved;
        try {
            resolved = new URI("http", HOST, basePath + pagePath, null).resolve(new URI(href.replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null; // not a URL at all; the HTML checker's concern, not a missing page
        }
        boolean inside = "http".equals(resolved.getScheme()) && HOST.equals(resolved.getHost());
        return inside ? resolved : null;
    }

    /** A page's path as its links write it: the folder, not its index.html. */
    private static String shown(String path) {
        return path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }

    /** The output file serving {@code path} as a static host would: a folder serves its index.html. */
    private String fileFor(String path) {
        if (path.isEmpty() || path.endsWith("/")) {
            return files.containsKey(path + "index.html") ? path + "index.html" : null;
        }
        if (files.containsKey(path)) {
            return path;
        }
        return files.containsKey(path + "/index.html") ? path + "/index.html" : null;
    }

    private Broken broken(String pagePath, Link link, String raw, String reason) {
        // the page's text read again for the line shown: a broken link is rare, every page's lines held were not
        String[] lines = new String(files.get(pagePath), StandardCharsets.UTF_8).split("\n", -1);
        int line = link.line();
        String htmlLine = line >= 1 && line <= lines.length ? lines[line - 1] : null;
        return new Broken(pagePath, line, link.column(), link.attribute(), raw, reason, htmlLine, null);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
