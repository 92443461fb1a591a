package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.markdown.MarkdownRenderer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The static search index: terms, weights, chunks, and the files the search page reads. */
class SearchIndexTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<SearchDocument> DOCS = List.of(
            new SearchDocument("/memos/warmup/", "Why warmup stabilizes Adam", "2026-03-09", "March 9, 2026", "Optimization Adam",
                    "Warmup and Adam.", "Early Adam steps use noisy second-moment estimates; the warmup keeps them small."),
            new SearchDocument("/memos/probes/", "Probes need control tasks", "2026-02-01", "February 1, 2026", "Interpretability",
                    "", "A probe’s accuracy says little without a control task. Adam was used to train it."),
            new SearchDocument("/memos/café/", "Naïve résumé of the café results", "2026-01-01", "January 1, 2026", "",
                    "", "Accents fold to plain letters."));

    @Test
    void analyzerLowersFoldsAndDropsStopWordsAndPossessives() {
        assertThat(SearchAnalyzer.terms("The probe’s Naïve RÉSUMÉ of warm-up, and 3.5 runs"))
                .containsExactly("probe", "naive", "resume", "warm", "up", "3.5", "runs");
    }

    /** The counts are those of the terms in order, counted and sorted by term, on text of every kind. */
    @Test
    void countsAreTheTermsCountedAndSortedByTerm() {
        Random random = new Random(11);
        String[] words = {"Adam", "adam", "ADAM's", "café", "Café", "naïve", "x²", "β₂", "𝔼", "😀", "the", "of", "warm-up",
            "warmup", "2/η", "3.14", "1e-3", "ÉCOLE", "straße", "ﬁne", "日本語", "ab", "a", "Z", "zz"};
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(300);
            for (int i = 0; i < n; i++) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? ", " : " ");
            }
            TreeMap<String, Integer> expected = new TreeMap<>();
            SearchAnalyzer.terms(text.toString()).forEach(t -> expected.merge(t, 1, Integer::sum));
            List<TermCount> counted = SearchAnalyzer.counts(text.toString());
            assertThat(counted).as(text.toString()).containsExactlyElementsOf(
                    expected.entrySet().stream().map(e -> new TermCount(e.getKey(), e.getValue())).toList());
        }
    }

    @Test
    void postingsListDocumentsWithTitleWordsWeighedHigher() throws Exception {
        SearchIndex index = SearchIndex.build(DOCS.size(), DOCS::get);
        Map<String, JsonNode> terms = allTerms(index);
        // "adam": document 0 (title, themes, text) then document 1 (text only), as [doc, weight, gap, weight]
        JsonNode adam = terms.get("adam");
        assertThat(adam).hasSize(4);
        assertThat(adam.get(0).asInt()).isZero();
        assertThat(adam.get(2).asInt()).isEqualTo(1);
        assertThat(adam.get(1).asInt()).isGreaterThan(adam.get(3).asInt());
        assertThat(terms.get("cafe").get(0).asInt()).isEqualTo(2);
        assertThat(terms).doesNotContainKeys("the", "of", "a");
        for (JsonNode postings : terms.values()) {
            for (int i = 1; i < postings.size(); i += 2) {
                assertThat(postings.get(i).asInt()).isBetween(1, 99);
            }
        }
    }

    @Test
    void manifestListsChunkPrefixesAndStopWords() throws Exception {
        SearchIndex index = SearchIndex.build(DOCS.size(), DOCS::get);
        JsonNode manifest = JSON.readTree(index.manifest());
        assertThat(manifest.get("documents").asInt()).isEqualTo(3);
        assertThat(manifest.get("prefixes")).hasSize(index.chunkCount());
        assertThat(manifest.get("stop").toString()).contains("\"the\"", "\"and\"");
    }

    @Test
    void chunksSplitByPrefixUntilSmallAndEachTermIsInItsLongestPrefixChunk() {
        String[] terms = {"a", "ab", "abc", "abd", "abdx", "b", "ba", "bb", "c"};
        int[] weights = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            weights[i] = terms[i].length() + "[0,1,1,1,1,1,1,1]".length() + 4;
        }
        List<TermChunks.Chunk> chunks = TermChunks.split(terms, weights, 60);
        Map<String, String> chunkOf = new HashMap<>();
        for (TermChunks.Chunk chunk : chunks) {
            assertThat(chunk.to()).isGreaterThan(chunk.from());
            for (int i = chunk.from(); i < chunk.to(); i++) {
                chunkOf.put(terms[i], chunk.prefix());
            }
        }
        assertThat(chunkOf).hasSize(terms.length);
        List<String> prefixes = chunks.stream().map(TermChunks.Chunk::prefix).toList();
        assertThat(prefixes).isSorted().doesNotHaveDuplicates();
        for (Map.Entry<String, String> e : chunkOf.entrySet()) {
            String longest = prefixes.stream().filter(e.getKey()::startsWith)
                    .max((x, y) -> Integer.compare(x.length(), y.length())).orElseThrow();
            assertThat(e.getValue()).as(e.getKey()).isEqualTo(longest);
        }
        assertThat(prefixes.size()).isGreaterThan(3);
    }

    /**
     * An index built from the previous one after edits gives the same files as one built from
     * nothing: edits in place (the incremental path), and documents added, removed or reordered.
     */
    @Test
    void anIndexBuiltFromThePreviousOneIsByteIdenticalToOneBuiltFromNothing() {
        Random random = new Random(7);
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            docs.add(randomDoc(random, i));
        }
        SearchIndex previous = SearchIndex.build(docs, null, KeptAnalysis.NONE);
        for (int round = 0; round < 12; round++) {
            List<SearchDocument> next = new ArrayList<>(docs);
            switch (round % 4) {
                case 0 -> next.set(random.nextInt(next.size()), randomDoc(random, 1000 + round)); // one body edited
                case 1 -> {
                    for (int k = 0; k < 5; k++) {
                        next.set(random.nextInt(next.size()), randomDoc(random, 2000 + round * 10 + k));
                    }
                }
                case 2 -> next.add(0, randomDoc(random, 3000 + round)); // a new memo, newest first
                default -> next.remove(random.nextInt(next.size()));
            }
            SearchIndex incremental = SearchIndex.build(next, previous, KeptAnalysis.NONE);
            assertThat(files(incremental)).as("round " + round).isEqualTo(files(SearchIndex.build(next, null, KeptAnalysis.NONE)));
            previous = incremental;
            docs = next;
        }
    }

    private static SearchDocument randomDoc(Random random, int id) {
        String[] words = {"adam", "warmup", "probe", "control", "loss", "gradient", "noise", "scale", "batch", "norm",
            "attention", "head", "layer", "token", "expert", "routing", "sparse", "dense", "kernel", "width", "depth",
            "café", "naïve", "zeta", "alpha", "beta", "x", "xy", "xyz", "abc", "ab"};
        StringBuilder text = new StringBuilder();
        int n = 20 + random.nextInt(200);
        for (int i = 0; i < n; i++) {
            text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? random.nextInt(50) : "").append(' ');
        }
        String title = words[random.nextInt(words.length)] + " and " + words[random.nextInt(words.length)];
        return new SearchDocument("/memos/m" + id + "/", title, "2026-01-01", "January 1, 2026",
                words[random.nextInt(words.length)], "", text.toString());
    }

    private static List<String> files(SearchIndex index) {
        List<String> out = new ArrayList<>();
        out.add(new String(index.manifest(), StandardCharsets.UTF_8));
        for (int i = 0; i < index.chunkCount(); i++) {
            out.add(new String(index.chunk(i), StandardCharsets.UTF_8));
        }
        JsonNode manifest;
        try {
            manifest = JSON.readTree(index.manifest());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < manifest.get("documents").asInt(); i++) {
            out.add(new String(index.documentFile(i), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void documentFileHasWhatAResultShows() throws Exception {
        JsonNode doc = JSON.readTree(SearchIndex.document(DOCS.get(0)));
        assertThat(doc.get("url").asText()).isEqualTo("/memos/warmup/");
        assertThat(doc.get("title").asText()).isEqualTo("Why warmup stabilizes Adam");
        assertThat(doc.get("date").asText()).isEqualTo("2026-03-09");
        assertThat(doc.get("date_text").asText()).isEqualTo("March 9, 2026");
        assertThat(doc.get("text").asText()).startsWith("Early Adam steps");
    }

    @Test
    void searchTextLeavesOutMathAndFootnoteMarks() {
        try (MarkdownRenderer markdown = new MarkdownRenderer()) {
            assertThat(markdown.render("Loss $x^2$ falls.[^1]\n\n[^1]: Note.\n").searchText())
                    .isEqualTo("Loss falls. Notes Note.");
        }
    }

    private static Map<String, JsonNode> allTerms(SearchIndex index) throws Exception {
        Map<String, JsonNode> terms = new HashMap<>();
        for (int i = 0; i < index.chunkCount(); i++) {
            JSON.readTree(index.chunk(i)).fields().forEachRemaining(e -> terms.put(e.getKey(), e.getValue()));
        }
        return terms;
    }
}
