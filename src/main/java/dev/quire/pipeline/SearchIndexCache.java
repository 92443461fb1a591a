package dev.quire.pipeline;

import dev.quire.cache.CodeVersion;
import dev.quire.cache.RenderCache;
import dev.quire.search.KeptAnalysis;
import dev.quire.search.SearchDocument;
import dev.quire.search.SearchIndex;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Keeps the search index's manifest and term chunks whole between builds, under a key standing
 * for every document in order: a build none of whose memos changed since the one that kept them
 * writes them as they were, without analysing a document or weighing a term (the index was a
 * sixth of a warm 4,000-memo build's samples, with every document's own analysis cached).
 * A document stands in the key for its fields and the digest of its memo's body
 * ({@link BodyCache#digest}); without that digest for every memo nothing is kept.
 *
 * <p>The value is the manifest and the chunks, each as its length (a four-byte int) and bytes,
 * after their count; a value that does not read back so is a miss.
 */
final class SearchIndexCache {
    static final String KIND = "search-index";

    private final RenderCache cache;

    SearchIndexCache(RenderCache cache) {
        this.cache = cache;
    }

    /**
     * The index of {@code documents}, kept whole or built by {@code build} and kept.
     *
     * @param bodyDigestByHref the digest standing for the body of the memo a document links to, where there is one
     * @param documentFiles where the kept index reads its documents' files from
     */
    SearchIndex index(List<SearchDocument> documents, Function<String, Optional<String>> bodyDigestByHref,
                      KeptAnalysis documentFiles, Supplier<SearchIndex> build) {
        Optional<String> key = cache.enabled() ? key(documents, bodyDigestByHref) : Optional.empty();
        if (key.isEmpty()) {
            return build.get();
        }
        Optional<List<byte[]>> kept = cache.getBytes(KIND, key.get()).flatMap(SearchIndexCache::files);
        if (kept.isPresent()) {
            List<byte[]> files = kept.get();
            return SearchIndex.kept(files.get(0), files.subList(1, files.size()), documents, documentFiles);
        }
        SearchIndex index = build.get();
        List<byte[]> files = new ArrayList<>();
        files.add(index.manifest());
        files.addAll(index.chunks());
        cache.putBytes(KIND, key.get(), bytes(files));
        return index;
    }

    private static Optional<String> key(List<SearchDocument> documents, Function<String, Optional<String>> bodyDigestByHref) {
        // each document hashed on its own, in parallel, then the list of them
        List<Optional<String>> keys = documents.parallelStream().map(doc -> bodyDigestByHref.apply(doc.href()).map(body ->
                RenderCache.key(doc.href(), doc.title(), doc.date(), doc.dateText(), doc.keywords(), doc.description(), body)))
                .toList();
        List<String> parts = new ArrayList<>(documents.size() + 2);
        parts.add(CodeVersion.current());
        parts.add(String.valueOf(documents.size()));
        for (Optional<String> key : keys) {
            if (key.isEmpty()) {
                return Optional.empty();
            }
            parts.add(key.get());
        }
        return Optional.of(RenderCache.key(parts.toArray(String[]::new)));
    }

    private static byte[] bytes(List<byte[]> files) {
        int size = 4;
        for (byte[] f : files) {
            size += 4 + f.length;
        }
        ByteBuffer out = ByteBuffer.allocate(size).putInt(files.size());
        files.forEach(f -> out.putInt(f.length).put(f));
        return out.array();
    }

    /** The manifest and chunks of a kept value; empty when it does not read back whole. */
    private static Optional<List<byte[]>> files(byte[] value) {
        try {
            ByteBuffer in = ByteBuffer.wrap(value);
            int count = in.getInt();
            if (count < 1 || count > value.length / 4) {
                return Optional.empty();
            }
            List<byte[]> files = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int length = in.getInt();
                if (length < 0 || length > in.remaining()) {
                    return Optional.empty();
                }
                byte[] f = new byte[length];
                in.get(f);
                files.add(f);
            }
            return in.hasRemaining() ? Optional.empty() : Optional.of(files);
        } catch (BufferUnderflowException e) {
            return Optional.empty();
        }
    }
}
