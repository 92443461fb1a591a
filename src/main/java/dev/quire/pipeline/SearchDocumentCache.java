package dev.quire.pipeline;

import dev.quire.cache.CodeVersion;
import dev.quire.cache.RecordCodec;
import dev.quire.cache.RenderCache;
import dev.quire.search.KeptAnalysis;
import dev.quire.search.SearchDocument;
import dev.quire.search.TermCount;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Keeps what the search index makes of each memo in the render cache: its document file under
 * the fields it shows and the digest standing for the memo's body ({@link BodyCache#digest}),
 * and its title's, keywords' and description's terms under those strings. Writing the files
 * (the body's text escaped as JSON) and merging the terms were a seventh of a warm 1,000-memo
 * build's samples; the field terms were the one use of Lucene's tokenizer left in a warm build.
 */
final class SearchDocumentCache implements KeptAnalysis {
    static final String FILE_KIND = "search-document";
    static final String TERMS_KIND = "search-field-terms";

    /** The field terms as kept. */
    record FieldTerms(List<TermCount> terms) {
    }

    private final RecordCodec<FieldTerms> codec = RecordCodec.of(FieldTerms.class);
    private final RenderCache cache;
    private final Function<String, Optional<String>> bodyDigestByHref;
    private final String version;

    /** @param bodyDigestByHref the digest standing for the body of the memo a document links to, where there is one */
    SearchDocumentCache(RenderCache cache, Function<String, Optional<String>> bodyDigestByHref) {
        this.cache = cache;
        this.bodyDigestByHref = bodyDigestByHref;
        this.version = RenderCache.key(CodeVersion.current(), RecordCodec.schema(FieldTerms.class));
    }

    @Override
    public byte[] file(SearchDocument doc, Supplier<byte[]> make) {
        Optional<String> body = cache.enabled() ? bodyDigestByHref.apply(doc.href()) : Optional.empty();
        if (body.isEmpty()) {
            return make.get();
        }
        String key = RenderCache.key(version, doc.href(), doc.title(), doc.date(), doc.dateText(), doc.description(), body.get());
        return cache.getBytes(FILE_KIND, key).orElseGet(() -> {
            byte[] file = make.get();
            cache.putBytes(FILE_KIND, key, file);
            return file;
        });
    }

    @Override
    public List<TermCount> fieldTerms(SearchDocument doc, Supplier<List<TermCount>> make) {
        if (!cache.enabled()) {
            return make.get();
        }
        String key = RenderCache.key(version, doc.title(), doc.keywords(), doc.description());
        return cache.getBytes(TERMS_KIND, key).flatMap(codec::decode).map(FieldTerms::terms).orElseGet(() -> {
            List<TermCount> terms = make.get();
            cache.putBytes(TERMS_KIND, key, codec.encode(new FieldTerms(terms)));
            return terms;
        });
    }
}
