package dev.quire.content;

import dev.quire.config.HomeSettings;
import dev.quire.config.SiteConfig;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Assembles the {@link Site} from parsed memos: sorts them newest first (memos sharing a date by
 * their times; equal instants by slug, so the order never depends on the file system), and
 * groups them into categories, tags, recent themes and the topic log. No I/O.
 */
public final class SiteAssembler {
    /** A memo with its instant, taken once for a sort rather than at every comparison. */
    private record Dated(long second, int nano, Memo memo) {
        static final Comparator<Dated> NEWEST_FIRST = Comparator.comparingLong(Dated::second).thenComparingInt(Dated::nano)
                .reversed().thenComparing(d -> d.memo().slug());

        Dated(Memo memo) {
            this(memo.date().toEpochSecond(), memo.date().getNano(), memo);
        }
    }

    private SiteAssembler() {
    }

    /**
     * {@code memos} newest first; equal instants by slug. Each memo's instant is taken once:
     * taken at every comparison it was a twentieth of {@code serve}'s settling at 4,000 memos.
     */
    public static List<Memo> newestFirst(Collection<Memo> memos) {
        return memos.stream().map(Dated::new).sorted(Dated.NEWEST_FIRST).map(Dated::memo).toList();
    }

    public static Site assemble(SiteConfig config, List<Memo> parsed) {
        return assemble(config, parsed, List.of(), null, new dev.quire.diag.Problems());
    }

    /**
     * The site with its pages beyond memos: {@code pages} by address, the publications list (or
     * null), and the menu resolved against both (a menu entry naming no page is reported).
     */
    public static Site assemble(SiteConfig config, List<Memo> parsed, List<Page> pages,
                                dev.quire.cite.PublicationList publications, dev.quire.diag.Problems problems) {
        List<Memo> memos = newestFirst(parsed);
        List<Term> categories = group(memos, m -> m.hasCategory() ? List.of(m.category()) : List.of(), "categories");
        List<Term> tags = group(memos, Memo::tags, "tags");
        List<Memo> topicLog = memos.stream().filter(m -> !m.question().isEmpty()).toList();
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < memos.size(); i++) {
            positions.put(memos.get(i).slug(), i);
        }
        return new Site(config, memos, categories, tags, recentThemes(memos, tags, config.home()), topicLog, Map.copyOf(positions),
                Ledger.of(memos),
                backlinks(memos),
                List.copyOf(pages),
                series(memos),
                Menu.resolve(config, pages, publications, problems),
                publications);
    }

    /**
     * Every series by name, each oldest part first. Names that give one slug are one series,
     * shown with the spelling of its newest part, as terms are.
     */
    private static List<Series> series(List<Memo> newestFirst) {
        Map<String, List<Memo>> bySlug = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Memo memo : newestFirst) {
            if (memo.inSeries()) {
                String slug = dev.quire.source.Slugs.of(memo.series());
                names.putIfAbsent(slug, memo.series());
                bySlug.computeIfAbsent(slug, k -> new ArrayList<>()).add(memo);
            }
        }
        List<Series> out = new ArrayList<>();
        bySlug.forEach((slug, parts) -> {
            List<Memo> oldestFirst = new ArrayList<>(parts);
            oldestFirst.sort(Comparator.comparing((Memo m) -> m.date().toInstant()).thenComparing(Memo::slug));
            out.add(new Series(names.get(slug), slug, oldestFirst));
        });
        out.sort(Comparator.comparing(Series::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Series::slug));
        return List.copyOf(out);
    }

    /** Who links to whom, from each memo's links; iterating newest first keeps each list newest first. */
    private static Map<String, List<Memo>> backlinks(List<Memo> memos) {
        Map<String, List<Memo>> backlinks = new HashMap<>();
        for (Memo memo : memos) {
            for (String slug : memo.linksTo()) {
                String target = slug.toLowerCase(Locale.ROOT);
                if (!target.equals(memo.slug().toLowerCase(Locale.ROOT))) {
                    backlinks.computeIfAbsent(target, k -> new ArrayList<>()).add(memo);
                }
            }
        }
        Map<String, List<Memo>> frozen = new HashMap<>();
        backlinks.forEach((slug, list) -> frozen.put(slug, List.copyOf(list)));
        return Map.copyOf(frozen);
    }

    /**
     * Terms sorted by name (case-insensitively), each with its memos newest first. Names that
     * give one slug ("Weight decay", "weight-decay") are one term, as they share one page; it is
     * shown with the spelling of its newest memo.
     */
    private static List<Term> group(List<Memo> memos, Function<Memo, List<Label>> labels, String section) {
        Map<String, Label> newestBySlug = new LinkedHashMap<>();
        Map<String, List<Memo>> memosBySlug = new LinkedHashMap<>();
        for (Memo memo : memos) {
            for (Label label : labels.apply(memo)) {
                newestBySlug.putIfAbsent(label.slug(), label);
                List<Memo> list = memosBySlug.computeIfAbsent(label.slug(), k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != memo) {
                    list.add(memo);
                }
            }
        }
        List<Term> terms = new ArrayList<>();
        memosBySlug.forEach((slug, list) -> {
            Label label = newestBySlug.get(slug);
            terms.add(new Term(label.name(), slug, label.path(section), List.copyOf(list)));
        });
        terms.sort(Comparator.comparing(Term::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Term::slug));
        return List.copyOf(terms);
    }

    /**
     * The tags most used by the newest memos ({@code home: recent_focus:}), most used first, ties
     * broken by recency.
     */
    private static List<Term> recentThemes(List<Memo> memos, List<Term> tags, HomeSettings home) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Memo memo : memos.subList(0, Math.min(home.focusWindow(), memos.size()))) {
            for (Label tag : memo.tags()) {
                counts.merge(tag.slug(), 1, Integer::sum);
            }
        }
        List<String> ranked = new ArrayList<>(counts.keySet());
        ranked.sort(Comparator.comparing((String slug) -> -counts.get(slug)));
        Map<String, Term> bySlug = new HashMap<>();
        tags.forEach(t -> bySlug.put(t.slug(), t));
        return ranked.stream().limit(home.focusCount()).map(bySlug::get).toList();
    }
}
