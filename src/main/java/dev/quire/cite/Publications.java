package dev.quire.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import dev.quire.config.PublicationSettings;
import dev.quire.diag.Problem;
import dev.quire.diag.Problems;
import dev.quire.source.Slugs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Chooses the author's own works from {@code references.bib} and makes the publications page's
 * list of them: grouped by year, newest first, each formatted in the site's citation style, with
 * its links read from the entry's fields ({@code doi}, {@code eprint} with an arXiv prefix or
 * {@code arxiv}, {@code pdf}, {@code url}, {@code code}) and its BibTeX as written.
 *
 * <p>Usage: {@code Publications.list(bibliography, settings, staticDir, problems)}.
 */
public final class Publications {
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;]");
    private static final String UNDATED = "Undated";

    private Publications() {
    }

    /**
     * The list; a work whose {@code pdf} names a file of the site that {@code static/} does not
     * hold is an error at the entry.
     */
    public static PublicationList list(Bibliography bibliography, PublicationSettings settings, Path staticDir,
                                       Problems problems) {
        List<Work> mine = bibliography == null ? List.of()
                : bibliography.works().stream().filter(w -> isMine(w, bibliography.item(w.key()), settings)).toList();
        Map<String, String> entries = mine.isEmpty() ? Map.of() : bibliography.entries(mine.stream().map(Work::key).toList());
        Map<String, List<PublicationList.Publication>> byYear = new LinkedHashMap<>();
        for (Work work : mine) {
            List<PublicationList.Link> links = links(work, staticDir, problems);
            byYear.computeIfAbsent(year(work, bibliography.item(work.key())), y -> new ArrayList<>())
                    .add(new PublicationList.Publication(work.key(), "pub-" + Slugs.of(work.key()), entries.getOrDefault(work.key(), ""),
                            links, work.bibtex()));
        }
        List<PublicationList.Year> years = new ArrayList<>();
        byYear.forEach((year, works) -> years.add(new PublicationList.Year(year, List.copyOf(works))));
        // newest year first; works without a year last
        years.sort(Comparator.comparing((PublicationList.Year y) -> y.year().equals(UNDATED))
                .thenComparing(PublicationList.Year::year, Comparator.reverseOrder()));
        return new PublicationList(settings.slug(), settings.title(), settings.intro(), List.copyOf(years));
    }

    /** Marked by a keyword, or written by one of the configured authors. */
    static boolean isMine(Work work, CSLItemData item, PublicationSettings settings) {
        for (String keyword : LIST_SEPARATOR.split(work.field("keywords"))) {
            String k = keyword.strip().toLowerCase(Locale.ROOT);
            if (!k.isEmpty() && settings.keywords().stream().anyMatch(w -> w.strip().toLowerCase(Locale.ROOT).equals(k))) {
                return true;
            }
        }
        if (item == null || item.getAuthor() == null || settings.authors().isEmpty()) {
            return false;
        }
        for (CSLName name : item.getAuthor()) {
            for (String wanted : settings.authors()) {
                if (sameAuthor(name, wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Ashworth, Tamsin", "Tamsin Ashworth", "T. Ashworth" or "Ashworth" against an entry's
     * author: the family names must be equal (ignoring case and accents), and the given names,
     * when the setting writes them, must start alike ("T." matches "Tamsin").
     */
    static boolean sameAuthor(CSLName name, String wanted) {
        String family;
        String given;
        if (wanted.contains(",")) {
            family = wanted.substring(0, wanted.indexOf(',')).strip();
            given = wanted.substring(wanted.indexOf(',') + 1).strip();
        } else {
            String w = wanted.strip();
            int space = w.lastIndexOf(' ');
            family = space < 0 ? w : w.substring(space + 1);
            given = space < 0 ? "" : w.substring(0, space).strip();
        }
        if (!Slugs.of(family).equals(Slugs.of(CitationHtml.family(name)))) {
            return false;
        }
        if (given.isEmpty()) {
            return true;
        }
        String theirs = name.getGiven() == null ? "" : Slugs.of(name.getGiven());
        String ours = Slugs.of(given);
        return !theirs.isEmpty() && theirs.charAt(0) == ours.charAt(0);
    }

    private static String year(Work work, CSLItemData item) {
        if (item != null && item.getIssued() != null && item.getIssued().getDateParts() != null
                && item.getIssued().getDateParts().length > 0 && item.getIssued().getDateParts()[0].length > 0) {
            return String.valueOf(item.getIssued().getDateParts()[0][0]);
        }
        String year = work.field("year").strip();
        return year.matches("\\d{4}") ? year : UNDATED;
    }

    private static List<PublicationList.Link> links(Work work, Path staticDir, Problems problems) {
        List<PublicationList.Link> links = new ArrayList<>();
        String doi = work.field("doi").replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:)", "").strip();
        if (!doi.isEmpty()) {
            links.add(new PublicationList.Link("DOI", "https://doi.org/" + doi, false));
        }
        String arxiv = arxiv(work);
        if (!arxiv.isEmpty()) {
            links.add(new PublicationList.Link("arXiv", "https://arxiv.org/abs/" + arxiv, false));
        }
        String pdf = work.field("pdf");
        String url = work.field("url");
        if (pdf.isEmpty() && url.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            pdf = url;
            url = "";
        }
        if (!pdf.isEmpty()) {
            links.add(link("PDF", pdf, work, staticDir, problems));
        }
        if (!url.isEmpty() && !url.contains("arxiv.org/abs/" + (arxiv.isEmpty() ? "\u0000" : arxiv))
                && !url.contains("doi.org/" + (doi.isEmpty() ? "\u0000" : doi))) {
            links.add(link("Web", url, work, staticDir, problems));
        }
        String code = work.field("code");
        if (!code.isEmpty()) {
            links.add(link("Code", code, work, staticDir, problems));
        }
        return List.copyOf(links);
    }

    /** The arXiv id: an {@code arxiv} field, or an {@code eprint} whose prefix or type says arXiv. */
    private static String arxiv(Work work) {
        if (!work.field("arxiv").isEmpty()) {
            return work.field("arxiv").replaceFirst("(?i)^(https?://arxiv\\.org/abs/|arxiv:)", "").strip();
        }
        String archive = (work.field("archiveprefix") + work.field("eprinttype")).toLowerCase(Locale.ROOT);
        return archive.contains("arxiv") ? work.field("eprint").strip() : "";
    }

    /** An absolute address as is; anything else is a file of the site, which static/ must hold. */
    private static PublicationList.Link link(String label, String target, Work work, Path staticDir, Problems problems) {
        if (target.matches("(?i)https?://\\S+")) {
            return new PublicationList.Link(label, target, false);
        }
        String path = target.replaceFirst("^/+", "");
        if (staticDir != null && !Files.isRegularFile(staticDir.resolve(path).normalize())) {
            String first = work.bibtex().lines().findFirst().orElse("");
            problems.add(Problem.error(BibTeXReader.FILE, work.line(), work.column(),
                    "the " + label + " of '" + work.key() + "' is '" + target + "', which is no file of static/",
                    "put the file at static/" + path + ", or give its full address (https://…)", first));
        }
        return new PublicationList.Link(label, path, true);
    }
}
