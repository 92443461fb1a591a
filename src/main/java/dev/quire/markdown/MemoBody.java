package dev.quire.markdown;

import dev.quire.cache.RecordCodec;
import dev.quire.search.SearchAnalyzer;
import dev.quire.search.TermCount;
import dev.quire.similar.Abbreviation;
import dev.quire.similar.Abbreviations;
import java.util.List;

/**
 * What the Markdown stage knows about one memo body, taken from its syntax tree while it was
 * rendered, so that no later stage reads the HTML again. Plain data only, so that it can be kept
 * between builds; its long texts ({@link BodyTexts}) are kept apart from the rest, so that a
 * build from the cache reads them only when it writes them.
 *
 * @param texts the body as the memo page shows it ({@link #html}), as feeds carry it
 *        ({@link #feedHtml}: absolute addresses, math as MathML only, no margin notes; "" when the
 *        site has no public address) and the text a search matches and quotes ({@link #searchText}:
 *        no math, no note marks or margin copies)
 * @param words words a reader reads, for the read time
 * @param memoLinks the slugs of the memos it links to, in order of first link, for backlinks
 * @param contents its section headings, for the contents list
 * @param openQuestions each item of its "Open questions" list, item 1 first
 * @param links every link and image destination written in it, where it is written
 * @param lead the text of its first paragraph, which the similarity of memos reads
 * @param abbreviations the abbreviations it defines ("mixture of experts (MoE)"), for the similarity
 */
public record MemoBody(@RecordCodec.Omitted BodyTexts texts, int words, List<String> memoLinks, List<ContentsEntry> contents,
                       List<OpenItem> openQuestions, boolean hasMath, boolean hasCode, boolean hasCitations,
                       boolean hasFigures, List<OutgoingLink> links, String lead,
                       List<Abbreviation> abbreviations) {

    public MemoBody {
        abbreviations = List.copyOf(abbreviations);
        memoLinks = List.copyOf(memoLinks);
        contents = List.copyOf(contents);
        openQuestions = List.copyOf(openQuestions);
        links = List.copyOf(links);
    }

    /** A body whose texts are held. */
    public MemoBody(String html, String feedHtml, int words, List<String> memoLinks, List<ContentsEntry> contents,
                    List<OpenItem> openQuestions, String searchText, boolean hasMath, boolean hasCode, boolean hasCitations,
                    boolean hasFigures, List<OutgoingLink> links, List<TermCount> searchTerms, String lead,
                    List<Abbreviation> abbreviations) {
        this(BodyTexts.of(html, feedHtml, searchText, searchTerms), words, memoLinks, contents, openQuestions, hasMath, hasCode,
                hasCitations, hasFigures, links, lead, abbreviations);
    }

    /** A body whose search terms and abbreviations are read from its search text now. */
    public MemoBody(String html, String feedHtml, int words, List<String> memoLinks, List<ContentsEntry> contents,
                    List<OpenItem> openQuestions, String searchText, boolean hasMath, boolean hasCode, boolean hasCitations,
                    boolean hasFigures, List<OutgoingLink> links, String lead) {
        this(html, feedHtml, words, memoLinks, contents, openQuestions, searchText, hasMath, hasCode, hasCitations, hasFigures,
                links, SearchAnalyzer.counts(searchText), lead, Abbreviations.in(searchText));
    }

    /** A body without a lead, as tests make one. */
    public MemoBody(String html, String feedHtml, int words, List<String> memoLinks, List<ContentsEntry> contents,
                    List<OpenItem> openQuestions, String searchText, boolean hasMath, boolean hasCode, boolean hasCitations,
                    boolean hasFigures, List<OutgoingLink> links) {
        this(html, feedHtml, words, memoLinks, contents, openQuestions, searchText, hasMath, hasCode, hasCitations, hasFigures,
                links, "");
    }

    /** The same body with its texts read from elsewhere. */
    public MemoBody withTexts(BodyTexts other) {
        return new MemoBody(other, words, memoLinks, contents, openQuestions, hasMath, hasCode, hasCitations, hasFigures,
                links, lead, abbreviations);
    }

    /** The body as the memo page shows it. */
    public String html() {
        return texts.html();
    }

    /** The body as feeds carry it, or "" when the site has no public address. */
    public String feedHtml() {
        return texts.feedHtml();
    }

    /** The text a search matches and quotes: no math, no note marks or margin copies. */
    public String searchText() {
        return texts.searchText();
    }

    /** The terms of {@link #searchText} as the search index counts them, sorted by term. */
    public List<TermCount> searchTerms() {
        return texts.searchTerms();
    }

    /** Minutes at 230 words a minute, at least one. */
    public int readMinutes() {
        return Math.max(1, (int) Math.round(words / 230.0));
    }
}
