package dev.quire.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Splits the sorted term dictionary into chunks by term prefix, so that the browser fetches only
 * the chunk that can hold a query word. A prefix whose terms weigh more than the target is split
 * by its next character, recursively; terms equal to a split prefix stay in that prefix's own
 * chunk, so one very common term may make a chunk alone. A term belongs to the chunk of the
 * longest chunk prefix it starts with.
 */
final class TermChunks {
    /** A chunk: its prefix and its terms with their encoded posting lists. */
    record Chunk(String prefix, SortedMap<String, String> terms) {
    }

    private final int targetBytes;
    private final List<Chunk> chunks = new ArrayList<>();

    private TermChunks(int targetBytes) {
        this.targetBytes = targetBytes;
    }

    /** @param encoded each term with its posting list as JSON text, sorted by term */
    static List<Chunk> split(SortedMap<String, String> encoded, int targetBytes) {
        TermChunks splitter = new TermChunks(targetBytes);
        splitter.split("", encoded);
        splitter.chunks.sort((a, b) -> a.prefix().compareTo(b.prefix()));
        return splitter.chunks;
    }

    private void split(String prefix, SortedMap<String, String> terms) {
        if (weight(terms) <= targetBytes) {
            chunks.add(new Chunk(prefix, terms));
            return;
        }
        SortedMap<String, String> own = new TreeMap<>();
        Map<String, SortedMap<String, String>> byNext = new TreeMap<>();
        for (Map.Entry<String, String> e : terms.entrySet()) {
            String term = e.getKey();
            if (term.length() == prefix.length()) {
                own.put(term, e.getValue());
            } else {
                int end = term.offsetByCodePoints(prefix.length(), 1);
                byNext.computeIfAbsent(term.substring(0, end), k -> new TreeMap<>()).put(term, e.getValue());
            }
        }
        if (!own.isEmpty()) {
            chunks.add(new Chunk(prefix, own));
        }
        byNext.forEach(this::split);
    }

    private static int weight(Map<String, String> terms) {
        int bytes = 0;
        for (Map.Entry<String, String> e : terms.entrySet()) {
            bytes += e.getKey().length() + e.getValue().length() + 4;
        }
        return bytes;
    }
}
