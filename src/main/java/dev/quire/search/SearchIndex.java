package dev.quire.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
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
 * <p>Weights are BM25 (k1 = 1.2, b = 0.75) scaled to 1–99, with title words counted three times
 * and themes twice. They are computed here by hand because the index is not a Lucene index: its
 * postings are read by the browser, and BM25 is the three-line formula below.
 */
public final class SearchIndex {
    public static final String MANIFEST = "search/index.json";
    static final int CHUNK_TARGET_BYTES = 16 * 1024;
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final byte[] manifest;
    private final List<byte[]> chunks;
    private final List<byte[]> documents;

    private SearchIndex(byte[] manifest, List<byte[]> chunks, List<byte[]> documents) {
        this.manifest = manifest;
        this.chunks = chunks;
        this.documents = documents;
    }

    /**
     * The manifest, the term chunks and the documents' files. Each document is made once, in
     * parallel, and its file kept until written: making it means parsing the memo's HTML, which
     * costs more than holding the text (about the size of the memo's body, already in memory).
     *
     * @param count how many documents there are
     * @param document document {@code i}, made on demand (ids are the memos' order, newest first)
     */
    public static SearchIndex build(int count, IntFunction<SearchDocument> document) {
        record Analyzed(Map<String, Integer> frequencies, byte[] file) {
        }
        List<Analyzed> analyzed = IntStream.range(0, count).parallel().mapToObj(i -> {
            SearchDocument doc = document.apply(i);
            return new Analyzed(frequencies(doc), document(doc));
        }).toList();
        List<Map<String, Integer>> frequencies = analyzed.stream().map(Analyzed::frequencies).toList();
        List<byte[]> files = analyzed.stream().map(Analyzed::file).toList();
        int[] lengths = frequencies.stream().mapToInt(SearchIndex::length).toArray();
        double avgLength = IntStream.of(lengths).average().orElse(1);
        double[] norms = IntStream.of(lengths).mapToDouble(len -> K1 * (1 - B + B * len / avgLength)).toArray();
        Map<String, List<int[]>> postings = new HashMap<>();
        for (int doc = 0; doc < frequencies.size(); doc++) {
            for (Map.Entry<String, Integer> e : frequencies.get(doc).entrySet()) {
                postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {doc, e.getValue()});
            }
        }
        // BM25 per posting, then every weight scaled by the largest: terms are independent, so in parallel
        Map<String, double[]> scores = postings.entrySet().parallelStream().collect(Collectors.toMap(
                Map.Entry::getKey, e -> bm25(e.getValue(), count, norms)));
        double max = scores.values().parallelStream().flatMapToDouble(DoubleStream::of).max().orElse(1);
        SortedMap<String, String> encoded = new TreeMap<>(postings.entrySet().parallelStream().collect(Collectors.toMap(
                Map.Entry::getKey, e -> encode(e.getValue(), scores.get(e.getKey()), max))));

        List<TermChunks.Chunk> split = TermChunks.split(encoded, CHUNK_TARGET_BYTES);
        List<String> prefixes = new ArrayList<>();
        List<byte[]> chunks = new ArrayList<>();
        for (TermChunks.Chunk chunk : split) {
            prefixes.add(chunk.prefix());
            chunks.add(chunkJson(chunk.terms()));
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 1);
        manifest.put("documents", count);
        manifest.put("prefixes", prefixes);
        manifest.put("stop", SearchAnalyzer.stopWords());
        return new SearchIndex(json(manifest), chunks, files);
    }

    private static double[] bm25(List<int[]> postings, int documents, double[] norms) {
        double idf = Math.log(1 + (documents - postings.size() + 0.5) / (postings.size() + 0.5));
        double[] scores = new double[postings.size()];
        for (int i = 0; i < scores.length; i++) {
            int tf = postings.get(i)[1];
            scores[i] = idf * tf * (K1 + 1) / (tf + norms[postings.get(i)[0]]);
        }
        return scores;
    }

    /** Term counts of one document; title words count three times, themes twice. */
    private static Map<String, Integer> frequencies(SearchDocument doc) {
        Map<String, Integer> tf = new HashMap<>();
        count(tf, doc.title(), 3);
        count(tf, doc.keywords(), 2);
        count(tf, doc.description(), 1);
        for (TermCount term : doc.textTerms()) {
            tf.merge(term.term(), term.count(), Integer::sum);
        }
        return tf;
    }

    private static void count(Map<String, Integer> tf, String text, int weight) {
        for (String term : SearchAnalyzer.terms(text)) {
            tf.merge(term, weight, Integer::sum);
        }
    }

    private static int length(Map<String, Integer> tf) {
        int sum = 0;
        for (int count : tf.values()) {
            sum += count;
        }
        return Math.max(1, sum);
    }

    /** "[doc,weight,gap,weight,...]": the first document id, then gaps, each followed by its weight. */
    private static String encode(List<int[]> postings, double[] scores, double max) {
        StringBuilder out = new StringBuilder("[");
        int previous = 0;
        for (int i = 0; i < postings.size(); i++) {
            int doc = postings.get(i)[0];
            long weight = Math.max(1, Math.round(scores[i] / max * 99));
            if (i > 0) {
                out.append(',');
            }
            out.append(doc - previous).append(',').append(weight);
            previous = doc;
        }
        return out.append(']').toString();
    }

    private static byte[] chunkJson(SortedMap<String, String> terms) {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, String> e : terms.entrySet()) {
            if (out.length() > 1) {
                out.append(',');
            }
            try {
                out.append(JSON.writeValueAsString(e.getKey()));
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException(ex);
            }
            out.append(':').append(e.getValue());
        }
        return out.append("}\n").toString().getBytes(StandardCharsets.UTF_8);
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
        return documents.get(i);
    }

    /** A document's file, as the search page reads it. */
    public static byte[] document(SearchDocument doc) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("url", doc.href());
        out.put("title", doc.title());
        out.put("date", doc.date());
        out.put("date_text", doc.dateText());
        out.put("text", doc.text().isEmpty() ? doc.description() : doc.text());
        return json(out);
    }

    private static byte[] json(Object value) {
        try {
            return (JSON.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
