package dev.quire.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.csl.CSLName;
import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import dev.quire.source.TextFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The site's {@code references.bib}, read once per build, and the CSL processors that format
 * citations and reference lists with the chosen style. Building a processor parses the style
 * (tens of milliseconds), so processors are pooled, one per worker thread at most, and reset
 * between memos: a memo's output never depends on which memo a processor formatted before.
 *
 * <p>Usage: {@code Bibliography.load(file, "apa", "en", problems)}, then
 * {@code bibliography.format(citations)} per memo, from any thread.
 */
public final class Bibliography {
    // Private-use characters wrapped around each item by its CSL prefix and suffix, so that the
    // part of the formatted citation that belongs to each item can be made a link to its entry
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final int INDEX_BASE = 0xE100;
    private static final Pattern MARKED = Pattern.compile(OPEN + "(.)(.*?)" + CLOSE, Pattern.DOTALL);

    private final Map<String, CSLItemData> items;
    private final String style;
    private final String locale;
    private final ConcurrentLinkedDeque<CSL> idle = new ConcurrentLinkedDeque<>();
    // What an author-date style writes for a work depends on the work alone, unless another cited
    // work shares its first author (then "2020a", added initials, "Smith 2019, 2020" may appear).
    // For works whose first author no other work of the library shares, each citation and entry
    // is formatted once per build and reused by every memo: CSL formatting costs milliseconds.
    private final boolean authorDate;
    private final Set<String> sharedFirstAuthor;
    private final Map<Request, String> citations = new ConcurrentHashMap<>();
    private final Map<String, String> entries = new ConcurrentHashMap<>();

    Bibliography(Map<String, CSLItemData> items, String style, String locale) {
        this.items = Map.copyOf(items);
        this.style = style;
        this.locale = locale;
        this.authorDate = CitationStyles.isAuthorDate(style);
        Map<String, List<String>> byFirstAuthor = new HashMap<>();
        items.forEach((key, item) -> byFirstAuthor.computeIfAbsent(firstAuthor(item), k -> new ArrayList<>()).add(key));
        Set<String> shared = new HashSet<>();
        byFirstAuthor.values().stream().filter(keys -> keys.size() > 1).forEach(shared::addAll);
        this.sharedFirstAuthor = Set.copyOf(shared);
    }

    /** Reads {@code file}; empty when there is no such file, or it has errors (reported). */
    public static Optional<Bibliography> load(Path file, String style, String language, Problems problems) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(BibTeXReader.FILE, "cannot read references.bib: " + e.getMessage(), null);
            return Optional.empty();
        }
        long errorsBefore = problems.errorCount();
        Optional<String> text = TextFiles.decode(BibTeXReader.FILE, bytes, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Map<String, CSLItemData> items = BibTeXReader.read(new SourceText(BibTeXReader.FILE, text.get()), problems);
        if (problems.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new Bibliography(items, CitationStyles.exists(style) ? style : CitationStyles.DEFAULT, locale(language)));
    }

    /** CSL locales are named by language and region; a bare language gets its main region. */
    private static String locale(String language) {
        String tag = language == null || language.isBlank() ? "en" : language;
        if (tag.contains("-")) {
            return tag;
        }
        return switch (tag.toLowerCase(Locale.ROOT)) {
            case "en" -> "en-US";
            case "de" -> "de-DE";
            case "fr" -> "fr-FR";
            case "es" -> "es-ES";
            case "pt" -> "pt-PT";
            case "zh" -> "zh-CN";
            case "ja" -> "ja-JP";
            default -> tag.toLowerCase(Locale.ROOT) + "-" + tag.toUpperCase(Locale.ROOT);
        };
    }

    /** The key as written in references.bib, matching {@code key} exactly or else ignoring case. */
    public Optional<String> key(String key) {
        if (items.containsKey(key)) {
            return Optional.of(key);
        }
        return items.keySet().stream().filter(k -> k.equalsIgnoreCase(key)).sorted().findFirst();
    }

    public Set<String> keys() {
        return items.keySet();
    }

    /** One citation of a memo: its items (keys as returned by {@link #key}), narrative or not. */
    public record Request(List<CiteItem> items, boolean narrative) {
    }

    /**
     * @param citations the HTML of each requested citation, in order, each item a link to its entry
     * @param references the reference list: one {@code div.csl-entry} per cited work, with id {@code ref-KEY}
     */
    public record Formatted(List<String> citations, String references) {
    }

    /** Formats one memo's citations, in reading order, and its reference list. */
    public Formatted format(List<Request> requests) {
        CSL csl = borrow();
        try {
            Set<String> cited = new LinkedHashSet<>();
            requests.forEach(r -> r.items().forEach(i -> cited.add(i.key())));
            csl.registerCitationItems(cited); // also sorts them in the style's bibliography order
            boolean reusable = authorDate && cited.stream().noneMatch(sharedFirstAuthor::contains);
            List<String> html = new ArrayList<>();
            for (Request request : requests) {
                String citation = reusable ? citations.get(request) : null;
                if (citation == null) {
                    citation = request.narrative() ? narrative(csl, request.items().get(0)) : linked(csl, request.items());
                    if (reusable) {
                        citations.putIfAbsent(request, citation);
                    }
                }
                html.add(citation);
            }
            return new Formatted(html, references(csl, reusable));
        } finally {
            csl.reset();
            configure(csl); // reset() also forgets the output settings
            idle.push(csl);
        }
    }

    private CSL borrow() {
        CSL csl = idle.poll();
        if (csl != null) {
            return csl;
        }
        try {
            CSL created = new CSL(new ListItemDataProvider(new ArrayList<>(items.values())), style, locale);
            configure(created);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the citation style '" + style + "'", e);
        }
    }

    /** HTML, with URLs and DOIs in entries made links. */
    private static void configure(CSL csl) {
        csl.setOutputFormat("html");
        csl.setConvertLinks(true);
    }

    private static String linked(CSL csl, List<CiteItem> cites) {
        CSLCitationItem[] items = new CSLCitationItem[cites.size()];
        for (int i = 0; i < cites.size(); i++) {
            CiteItem c = cites.get(i);
            String prefix = c.prefix().isEmpty() ? "" : c.prefix() + " ";
            items[i] = item(c).prefix(prefix + OPEN + (char) (INDEX_BASE + i)).suffix(CLOSE + c.suffix()).build();
        }
        String text = csl.makeCitation(new CSLCitation(items)).get(0).getText();
        Matcher m = MARKED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = cites.get(m.group(1).charAt(0) - INDEX_BASE).key();
            m.appendReplacement(out, Matcher.quoteReplacement(link(key, m.group(2))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * "Vaswani et al. (2017)": CSL 1.0 has no narrative form, so the names are taken from the
     * item and the rest from the parenthetical citation when the style writes one that starts
     * with them (author-date styles); otherwise, as for numeric styles, "Vaswani et al. [1]".
     */
    private String narrative(CSL csl, CiteItem cite) {
        // the suffix goes to CSL, which puts it inside the parentheses; the prefix stays out of
        // them, as the names must open the citation for them to be recognised
        String text = csl.makeCitation(new CSLCitation(item(cite).suffix(cite.suffix()).build())).get(0).getText();
        String prefix = cite.prefix().isEmpty() ? "" : StringEscapeUtils.escapeHtml4(cite.prefix()) + " ";
        String names = StringEscapeUtils.escapeHtml4(names(items.get(cite.key())));
        // the style may join two names with "&" where running text says "and"
        for (String written : List.of(names, names.replace(" and ", " &amp; "), names.replace(" and ", " & "))) {
            if (text.startsWith("(" + written) && text.endsWith(")")) {
                String rest = text.substring(1 + written.length(), text.length() - 1).replaceFirst("^[,\\s]+", "");
                return cite.suppressAuthor() ? link(cite.key(), "(" + prefix + rest + ")")
                        : prefix + link(cite.key(), names + " (" + rest + ")");
            }
        }
        return prefix + (cite.suppressAuthor() ? link(cite.key(), text) : link(cite.key(), names + " " + text));
    }

    private static CSLCitationItemBuilder item(CiteItem cite) {
        CSLCitationItemBuilder builder = new CSLCitationItemBuilder(cite.key());
        if (cite.locator() != null) {
            builder.locator(cite.locator()).label(CSLLabel.fromString(cite.label()));
        }
        if (cite.suppressAuthor()) {
            builder.suppressAuthor(true);
        }
        return builder;
    }

    /** "Smith", "Smith and Jones", "Smith et al.": the authors (else editors) as running text names them. */
    static String names(CSLItemData item) {
        CSLName[] names = item.getAuthor() != null && item.getAuthor().length > 0 ? item.getAuthor() : item.getEditor();
        if (names == null || names.length == 0) {
            return item.getTitle() == null ? item.getId() : item.getTitle();
        }
        String first = family(names[0]);
        return switch (names.length) {
            case 1 -> first;
            case 2 -> first + " and " + family(names[1]);
            default -> first + " et al.";
        };
    }

    private static String family(CSLName name) {
        if (name.getLiteral() != null) {
            return name.getLiteral();
        }
        String particle = name.getNonDroppingParticle() == null ? "" : name.getNonDroppingParticle() + " ";
        return particle + (name.getFamily() == null ? "" : name.getFamily());
    }

    private static String link(String key, String html) {
        return "<a href=\"#" + id(key) + "\">" + html + "</a>";
    }

    public static String id(String key) {
        return StringEscapeUtils.escapeHtml4("ref-" + key.replaceAll("\\s", "-"));
    }

    /**
     * The entries in the style's order. CSL's registered items come back in that same order
     * (the bibliography's sort), which is how each entry gets its key's id, and how entries
     * formatted for earlier memos are put in order.
     */
    private String references(CSL csl, boolean reusable) {
        List<String> keys = csl.getRegisteredItems().stream().map(CSLItemData::getId).toList();
        List<String> list;
        if (reusable && entries.keySet().containsAll(keys)) {
            list = keys.stream().map(entries::get).toList();
        } else {
            list = entries(csl, keys);
            if (reusable && list.size() == keys.size()) {
                for (int i = 0; i < keys.size(); i++) {
                    entries.putIfAbsent(keys.get(i), list.get(i));
                }
            }
        }
        StringBuilder out = new StringBuilder("<div class=\"csl-bib-body\">\n");
        list.forEach(entry -> out.append(entry).append('\n'));
        return out.append("</div>").toString();
    }

    private static List<String> entries(CSL csl, List<String> keys) {
        String[] rendered = csl.makeBibliography().getEntries();
        List<String> list = new ArrayList<>();
        for (int i = 0; i < rendered.length; i++) {
            String entry = rendered[i].strip();
            if (rendered.length == keys.size()) {
                entry = entry.replaceFirst("^<div class=\"csl-entry\">",
                        Matcher.quoteReplacement("<div class=\"csl-entry\" id=\"" + id(keys.get(i)) + "\">"));
            }
            list.add(entry);
        }
        return list;
    }

    private static String firstAuthor(CSLItemData item) {
        CSLName[] names = item.getAuthor() != null && item.getAuthor().length > 0 ? item.getAuthor() : item.getEditor();
        return names == null || names.length == 0 ? "\u0000" + item.getId() : family(names[0]).toLowerCase(Locale.ROOT);
    }
}
