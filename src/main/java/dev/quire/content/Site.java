package dev.quire.content;

import dev.quire.config.SiteConfig;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The whole site model: settings and published memos, newest first, with the lists every page
 * draws from. Built once per build by {@link SiteAssembler}; immutable.
 *
 * @param ledger the open questions of every memo, and which memos answer them
 * @param positions each memo's index in {@code memos} by slug, for previous/next in constant time
 * @param backlinks by lower-cased slug, the memos that link to that memo, newest first
 * @param pages the published pages of {@code pages/}, by address
 * @param series every series, by name
 * @param menu the header's links
 * @param publications the publications page's list, or null when the site has none
 */
public record Site(
        SiteConfig config,
        List<Memo> memos,
        List<Term> categories,
        List<Term> tags,
        List<Term> recentThemes,
        List<Memo> topicLog,
        Map<String, Integer> positions,
        Ledger ledger,
        Map<String, List<Memo>> backlinks,
        // pages beyond memos, the menu, series
        List<Page> pages,
        List<Series> series,
        List<MenuLink> menu,
        dev.quire.cite.PublicationList publications) {

    /** The series {@code memo} is a part of, if any. */
    public Optional<Series> seriesOf(Memo memo) {
        if (!memo.inSeries()) {
            return Optional.empty();
        }
        String slug = dev.quire.source.Slugs.of(memo.series());
        return series.stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    /** The first {@code latest} memos, newest first. */
    public List<Memo> latest() {
        return memos.subList(0, Math.min(config.latest(), memos.size()));
    }

    public Optional<Memo> newest() {
        return memos.isEmpty() ? Optional.empty() : Optional.of(memos.get(0));
    }

    public Optional<OffsetDateTime> firstDate() {
        return memos.isEmpty() ? Optional.empty() : Optional.of(memos.get(memos.size() - 1).date());
    }

    /** The memo published just before {@code memo}, if any. */
    public Optional<Memo> older(Memo memo) {
        int i = positions.getOrDefault(memo.slug(), -1);
        return i >= 0 && i + 1 < memos.size() ? Optional.of(memos.get(i + 1)) : Optional.empty();
    }

    /** The memo published just after {@code memo}, if any. */
    public Optional<Memo> newer(Memo memo) {
        int i = positions.getOrDefault(memo.slug(), -1);
        return i > 0 ? Optional.of(memos.get(i - 1)) : Optional.empty();
    }

    /** The published memos whose bodies link to {@code memo}, newest first: its "Referenced by". */
    public List<Memo> referencedBy(Memo memo) {
        return backlinks.getOrDefault(memo.slug().toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * The tag, or else the category, whose page {@code name} names: where a focus area links to.
     * Matched by slug, as the pages are, so "weight decay" finds the tag "Weight-Decay".
     */
    public Optional<Term> term(String name) {
        String slug = Label.of(name.strip()).slug();
        if (slug.isEmpty()) {
            return Optional.empty();
        }
        return tags.stream().filter(t -> t.slug().equals(slug)).findFirst()
                .or(() -> categories.stream().filter(c -> c.slug().equals(slug)).findFirst());
    }

    /** The newest memos the home page's Archive lists ({@code home: archive:}). */
    public List<Memo> homeArchive() {
        return memos.subList(0, Math.min(config.home().archive(), memos.size()));
    }

    /** The newest questions the home page's Topic log lists ({@code home: topic_log:}). */
    public List<Memo> homeTopicLog() {
        return topicLog.subList(0, Math.min(config.home().topicLog(), topicLog.size()));
    }
}
