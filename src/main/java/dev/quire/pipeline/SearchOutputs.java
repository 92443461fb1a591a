package dev.quire.pipeline;

import dev.quire.cache.RenderCache;
import dev.quire.content.Label;
import dev.quire.content.Memo;
import dev.quire.content.Site;
import dev.quire.output.Inputs;
import dev.quire.output.OutputPlan;
import dev.quire.render.Format;
import dev.quire.render.PageRenderer;
import dev.quire.render.RenderContext;
import dev.quire.search.KeptAnalysis;
import dev.quire.search.SearchDocument;
import dev.quire.search.SearchIndex;
import dev.quire.search.TermCount;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Plans the search page and the static search index ({@link SearchIndex}).
 *
 * <p>Inputs ({@link Inputs}): the index's manifest and term chunks depend on every memo's metadata
 * and body (a change to any memo can move any term's weights, as BM25 weighs each term against
 * the whole collection); document {@code N} on the memo at position N, newest first; the search
 * page on the settings only.
 *
 * <p>The index is built before planning, because how many term chunks it has is known only once
 * it is built; it starts from the previous run's index, so that after an edit in {@code serve}
 * only the edited memos are analysed again. A pipeline that runs once (build, check) takes the
 * index whole from the cache when no memo changed ({@link SearchIndexCache}).
 */
final class SearchOutputs {
    private SearchOutputs() {
    }

    /**
     * @param previous the index of the last good run, or {@code null}
     * @param cache where each document's file and field terms are kept between builds
     * @param bodyDigests a digest standing for each memo's body, where there is one ({@link BodyCache#digest})
     * @param runsOnce whether no later build starts from this index: then it may be kept whole, without the
     *     documents' analysis that a later build would reuse
     */
    static SearchIndex index(Site site, RenderContext ctx, SearchIndex previous, RenderCache cache,
                             Function<Memo, Optional<String>> bodyDigests, boolean runsOnce) {
        Map<String, Memo> byHref = new HashMap<>();
        List<SearchDocument> documents = site.memos().parallelStream().map(memo -> document(memo, ctx)).toList();
        for (int i = 0; i < documents.size(); i++) {
            byHref.put(documents.get(i).href(), site.memos().get(i));
        }
        Function<String, Optional<String>> bodyDigestByHref = href -> bodyDigests.apply(byHref.get(href));
        KeptAnalysis kept = new SearchDocumentCache(cache, bodyDigestByHref);
        if (runsOnce && previous == null) {
            return new SearchIndexCache(cache).index(documents, bodyDigestByHref, kept,
                    () -> SearchIndex.build(documents, null, kept));
        }
        return SearchIndex.build(documents, previous, kept);
    }

    static void plan(OutputPlan plan, Site site, PageRenderer pages, SearchIndex index) {
        plan.page("search/index.html", "search page", Inputs.SITE_ONLY, pages::search);
        List<Memo> memos = site.memos();
        Set<String> everyBody = Set.of(Inputs.ANY_MEMO);
        plan.page(SearchIndex.MANIFEST, "search index", everyBody, index::manifest);
        for (int i = 0; i < index.chunkCount(); i++) {
            int chunk = i;
            plan.page(SearchIndex.chunkPath(i), "search index", everyBody, () -> index.chunk(chunk));
        }
        for (int i = 0; i < memos.size(); i++) {
            int doc = i;
            // document N is the memo at position N; when the order changes, so do the inputs of N
            Set<String> inputs = Set.of(Inputs.memo(memos.get(i).slug()));
            plan.page(SearchIndex.documentPath(i), memos.get(i).source().relativePath(), inputs, () -> index.documentFile(doc));
        }
    }

    static SearchDocument document(Memo memo, RenderContext ctx) {
        String keywords = memo.category().name() + " "
                + memo.tags().stream().map(Label::name).collect(Collectors.joining(" "));
        return new SearchDocument(ctx.href(memo.path()), memo.title(), Format.isoDate(memo.date()),
                Format.longDate(memo.date()), keywords, memo.description(), new BodyText(memo));
    }

    /** A memo's search text and terms, read from its body when the index asks for them. */
    private record BodyText(Memo memo) implements SearchDocument.Text {
        @Override
        public String text() {
            return memo.searchText();
        }

        @Override
        public List<TermCount> terms() {
            return memo.body().searchTerms();
        }
    }
}
