package dev.quire.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import dev.quire.source.TextFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
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
    private final Map<String, CSLItemData> items;
    private final Map<String, Work> works;
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
    private final ReferenceList references = new ReferenceList();

    Bibliography(Map<String, CSLItemData> items, String style, String locale) {
        this(items, Map.of(), style, locale);
    }

    Bibliography(Map<String, CSLItemData> items, Map<String, Work> works, String style, String locale) {
        this.items = Map.copyOf(items);
        this.works = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(works));
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
        return read(bytes, style, language, problems);
    }

    /** Parses the bytes of a {@code references.bib}; empty when it has errors (reported). */
    public static Optional<Bibliography> read(byte[] bytes, String style, String language, Problems problems) {
        long errorsBefore = problems.errorCount();
        Optional<String> text = TextFiles.decode(BibTeXReader.FILE, bytes, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        BibTeXReader.Library library = BibTeXReader.readLibrary(new SourceText(BibTeXReader.FILE, text.get()), problems);
        if (problems.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new Bibliography(library.items(), library.works(), CitationStyles.exists(style) ? style : CitationStyles.DEFAULT, locale(language)));
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

    /** Every entry as written, in file order. */
    public List<Work> works() {
        return List.copyOf(works.values());
    }

    /** The CSL item of {@code key} (names, date), or null. */
    public CSLItemData item(String key) {
        return items.get(key);
    }

    /**
     * The style's bibliography entry of each work of {@code keys}, by key: the HTML inside each
     * {@code div.csl-entry}, with addresses and DOIs made links. Formatted together, so that a
     * numeric style numbers them in its own order.
     */
    public Map<String, String> entries(Collection<String> keys) {
        CSL csl = borrow();
        try {
            csl.registerCitationItems(new ArrayList<>(keys));
            List<String> order = csl.getRegisteredItems().stream().map(CSLItemData::getId).toList();
            String[] rendered = csl.makeBibliography().getEntries();
            Map<String, String> out = new java.util.LinkedHashMap<>();
            for (int i = 0; i < rendered.length && i < order.size(); i++) {
                out.put(order.get(i), EtAl.spell(rendered[i].strip()
                        .replaceFirst("^<div class=\"csl-entry\">", "").replaceFirst("</div>$", "").strip()));
            }
            return out;
        } finally {
            csl.reset();
            configure(csl);
            idle.push(csl);
        }
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
                    citation = request.narrative() ? CitationHtml.narrative(csl, request.items().get(0), items)
                            : CitationHtml.linked(csl, request.items());
                    if (reusable) {
                        citations.putIfAbsent(request, citation);
                    }
                }
                html.add(EtAl.spell(citation));
            }
            return new Formatted(html, EtAl.spell(references.html(csl, reusable)));
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

    /** The entry's anchor in the reference list, which each citation of the work links to. */
    public static String id(String key) {
        return StringEscapeUtils.escapeHtml4("ref-" + key.replaceAll("\\s", "-"));
    }

    private static String firstAuthor(CSLItemData item) {
        CSLName[] names = item.getAuthor() != null && item.getAuthor().length > 0 ? item.getAuthor() : item.getEditor();
        return names == null || names.length == 0 ? "\u0000" + item.getId() : CitationHtml.family(names[0]).toLowerCase(Locale.ROOT);
    }
}
