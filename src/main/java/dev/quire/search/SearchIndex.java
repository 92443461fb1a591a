package dev.quire.search;

import dev.quire.json.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The static search index, built once per build from every memo and read by the search page's
 * script straight from the files, so it works on any static server:
 *
 * <ul>
 *   <li>{@code search/index.json}: the manifest (document count, chunk prefixes, stop words);</li>
 *   <li>{@code search/terms/N.json}: chunk N of the term dictionary, each term with its posting
 *       list {@code [doc, weight, Δdoc, weight, ...]} (documents ascending, gaps after the first);</li>
 *   <li>{@code search/docs/N.json}: document N's title, date, address and text for the snippet.</li>
 * </ul>
 *
 * A one-word query fetches the manifest, one term chunk and the documents it shows; see the
 * README for the bytes one query downloads on a 10,000-memo site.
 *
 * <p>Weights are BM25 (k1 = 1.2, b = 0.75, {@link Bm25}) scaled to 1–99, with title words
 * counted three times and themes twice.
 */
public final class SearchIndex {
    public static final String MANIFEST = "search/index.json";
    static final int CHUNK_TARGET_BYTES = 16 * 1024;

    private final byte[] manifest;
    private final List<byte[]> chunks;
    // kept for the next build to reuse (see build(List, SearchIndex))
    private final List<SearchDocument> documents;
    /** Each document's analysis; {@code null} in an index {@link #kept} whole, which made none. */
    private final AnalyzedDocument[] analyzed;
    /** Where a kept index reads its documents' files from. */
    private final KeptAnalysis kept;
    private final Map<String, IndexedTerm> terms;
    private final String[] sorted;
    private final Map<String, WrittenChunk> chunkByPrefix;

    private SearchIndex(byte[] manifest, List<byte[]> chunks, List<SearchDocument> documents, AnalyzedDocument[] analyzed,
                        KeptAnalysis kept, Map<String, IndexedTerm> terms, String[] sorted,
                        Map<String, WrittenChunk> chunkByPrefix) {
        this.manifest = manifest;
        this.chunks = chunks;
        this.documents = documents;
        this.analyzed = analyzed;
        this.kept = kept;
        this.terms = terms;
        this.sorted = sorted;
        this.chunkByPrefix = chunkByPrefix;
    }

    /**
     * The manifest, the term chunks and the documents' files. Each document is analysed once, in
     * parallel, and its file kept until written.
     *
     * @param count how many documents there are
     * @param document document {@code i}, made on demand (ids are the memos' order, newest first)
     */
    public static SearchIndex build(int count, IntFunction<SearchDocument> document) {
        return build(IntStream.range(0, count).mapToObj(document).toList(), null, KeptAnalysis.NONE);
    }

    /**
     * The index of {@code documents}, reusing what {@code previous} computed for the documents,
     * terms and chunks that did not change: after one memo's edit, only its terms' posting lists
     * are made again, and only the chunks whose text changed are written again. The files are
     * byte for byte those of a build from nothing (BM25 weighs every term against the whole
     * collection, so every weight is computed again; that is arithmetic, not the work).
     *
     * @param last the index of the previous build, or {@code null}
     * @param kept what earlier builds kept of the documents not in {@code last}
     */
    public static SearchIndex build(List<SearchDocument> documents, SearchIndex last, KeptAnalysis kept) {
        // an index kept whole has nothing to reuse but its files
        SearchIndex previous = last != null && last.analyzed != null ? last : null;
        int count = documents.size();
        AnalyzedDocument[] analyzed = analyzed(documents, previous, kept);

        Map<String, Postings> postings = postings(analyzed, previous);
        String[] sorted = previous != null && postings.keySet().equals(previous.terms.keySet())
                ? previous.sorted : postings.keySet().stream().sorted().toArray(String[]::new);
        double[] norms = Bm25.norms(analyzed);
        double max = postings.values().parallelStream().mapToDouble(p -> Bm25.maxScore(p, count, norms)).max().orElse(1);
        Map<String, IndexedTerm> terms = new HashMap<>(postings.size() * 2);
        List<IndexedTerm> made = Arrays.stream(sorted).parallel().map(term -> {
            IndexedTerm before = previous == null ? null : previous.terms.get(term);
            return IndexedTerm.of(term, postings.get(term), Bm25.weights(postings.get(term), count, norms, max), before);
        }).toList();
        int[] sizes = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            terms.put(sorted[i], made.get(i));
            sizes[i] = sorted[i].length() + made.get(i).encoded().length() + 4;
        }

        List<TermChunks.Chunk> split = TermChunks.split(sorted, sizes, CHUNK_TARGET_BYTES);
        List<String> prefixes = new ArrayList<>();
        List<byte[]> chunks = new ArrayList<>();
        Map<String, WrittenChunk> written = new HashMap<>();
        for (TermChunks.Chunk chunk : split) {
            prefixes.add(chunk.prefix());
            IndexedTerm[] held = new IndexedTerm[chunk.to() - chunk.from()];
            for (int i = 0; i < held.length; i++) {
                held[i] = made.get(chunk.from() + i); // made is in the order of sorted
            }
            WrittenChunk before = previous == null ? null : previous.chunkByPrefix.get(chunk.prefix());
            WrittenChunk now = before != null && before.holdsSame(held) ? before : WrittenChunk.of(held);
            written.put(chunk.prefix(), now);
            chunks.add(now.json());
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 1);
        manifest.put("documents", count);
        manifest.put("prefixes", prefixes);
        manifest.put("stop", SearchAnalyzer.stopWords());
        return new SearchIndex(json(manifest), chunks, List.copyOf(documents), analyzed, kept, terms, sorted, written);
    }

    /**
     * The index of {@code documents} from the manifest and term chunks that {@link #build} gave
     * for the same documents before: a build whose memos are all unchanged, and that no later
     * build will start from, neither analyses a document nor weighs a term. Each document's file
     * is read from {@code kept} when it is written. A later {@link #build} starting from this
     * index analyses every document again.
     */
    public static SearchIndex kept(byte[] manifest, List<byte[]> chunks, List<SearchDocument> documents, KeptAnalysis kept) {
        return new SearchIndex(manifest, List.copyOf(chunks), List.copyOf(documents), null, kept, Map.of(), new String[0],
                Map.of());
    }

    /** Each document's analysis: taken from {@code previous} where the document is unchanged (in place or moved), else made, in parallel. */
    private static AnalyzedDocument[] analyzed(List<SearchDocument> documents, SearchIndex previous, KeptAnalysis kept) {
        int count = documents.size();
        AnalyzedDocument[] analyzed = new AnalyzedDocument[count];
        List<Integer> toAnalyze = new ArrayList<>();
        // the previous documents by address, when some moved: looked up by address and compared,
        // because hashing every document (its text and term counts) cost more than analysing the
        // one that changed (12 % of serve's settling after a save at 10,000 memos)
        Map<String, Integer> moved = null;
        for (int i = 0; i < count; i++) {
            SearchDocument doc = documents.get(i);
            if (previous != null && i < previous.documents.size() && previous.documents.get(i).equals(doc)) {
                analyzed[i] = previous.analyzed[i];
                continue;
            }
            if (previous != null) {
                moved = moved != null ? moved : previous.indexByHref();
                Integer before = moved.get(doc.href());
                if (before != null && previous.documents.get(before).equals(doc)) {
                    analyzed[i] = previous.analyzed[before];
                }
            }
            if (analyzed[i] == null) {
                toAnalyze.add(i);
            }
        }
        toAnalyze.parallelStream().forEach(i -> analyzed[i] = AnalyzedDocument.of(documents.get(i), kept));
        return analyzed;
    }

    /**
     * Every term's posting list. After a few documents changed in place (same count, the others
     * unchanged), only those documents' terms are updated in the previous lists; otherwise all
     * are made anew, document by document so that each list is in ascending order.
     */
    private static Map<String, Postings> postings(AnalyzedDocument[] analyzed, SearchIndex previous) {
        if (previous != null && previous.analyzed.length == analyzed.length) {
            List<Integer> changed = new ArrayList<>();
            for (int doc = 0; doc < analyzed.length && changed.size() <= analyzed.length / 8; doc++) {
                if (analyzed[doc] != previous.analyzed[doc]) {
                    changed.add(doc);
                }
            }
            if (changed.size() <= analyzed.length / 8) {
                Map<String, Postings> out = new HashMap<>(previous.terms.size() * 2);
                previous.terms.forEach((term, t) -> out.put(term, t.postings()));
                for (int doc : changed) {
                    AnalyzedDocument before = previous.analyzed[doc];
                    AnalyzedDocument after = analyzed[doc];
                    for (String term : before.terms()) {
                        if (after.count(term) == 0) {
                            out.computeIfPresent(term, (t, p) -> p.with(doc, 0));
                        }
                    }
                    for (int i = 0; i < after.terms().length; i++) {
                        int n = after.counts()[i];
                        out.compute(after.terms()[i], (t, p) -> p == null ? new Postings(new int[] {doc}, new int[] {n})
                                : p.with(doc, n));
                    }
                }
                return out;
            }
        }
        Map<String, Postings.Builder> builders = new HashMap<>();
        for (int doc = 0; doc < analyzed.length; doc++) {
            String[] terms = analyzed[doc].terms();
            int[] counts = analyzed[doc].counts();
            for (int i = 0; i < terms.length; i++) {
                builders.computeIfAbsent(terms[i], t -> new Postings.Builder()).add(doc, counts[i]);
            }
        }
        Map<String, Postings> out = new HashMap<>(builders.size() * 2);
        builders.forEach((term, b) -> out.put(term, b.build()));
        return out;
    }

    private Map<String, Integer> indexByHref() {
        Map<String, Integer> out = new HashMap<>(documents.size() * 2);
        for (int i = 0; i < documents.size(); i++) {
            out.putIfAbsent(documents.get(i).href(), i);
        }
        return out;
    }

    public byte[] manifest() {
        return manifest;
    }

    public int chunkCount() {
        return chunks.size();
    }

    public static String chunkPath(int i) {
        return "search/terms/" + i + ".json";
    }

    public static String documentPath(int i) {
        return "search/docs/" + i + ".json";
    }

    public byte[] chunk(int i) {
        return chunks.get(i);
    }

    /** Document {@code i}'s file. */
    public byte[] documentFile(int i) {
        if (analyzed == null) {
            SearchDocument doc = documents.get(i);
            return kept.file(doc, () -> document(doc));
        }
        return analyzed[i].file();
    }

    /** The term chunks' files, in order, as {@link #kept} takes them. */
    public List<byte[]> chunks() {
        return chunks;
    }

    /** A document's file, as the search page reads it. */
    public static byte[] document(SearchDocument doc) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("url", doc.href());
        out.put("title", doc.title());
        out.put("date", doc.date());
        out.put("date_text", doc.dateText());
        String text = doc.text().isEmpty() ? doc.description() : doc.text();
        out.put("text", text);
        return Json.file(out, false, text.length() * 11 / 10 + 512);
    }

    private static byte[] json(Object value) {
        return Json.file(value, false, 1024);
    }
}
