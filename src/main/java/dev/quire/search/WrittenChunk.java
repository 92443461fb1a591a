package dev.quire.search;

import java.nio.charset.StandardCharsets;

/** A chunk's file and the terms it was written from, compared by identity with the next build's. */
record WrittenChunk(IndexedTerm[] terms, byte[] json) {
    /** {@code terms} written as a chunk file: one JSON object from each term's key to its encoded postings. */
    static WrittenChunk of(IndexedTerm[] terms) {
        StringBuilder out = new StringBuilder("{");
        for (IndexedTerm term : terms) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(term.key()).append(':').append(term.encoded());
        }
        return new WrittenChunk(terms, out.append("}\n").toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code now} are the very terms this chunk was written from (kept whole from the last build). */
    boolean holdsSame(IndexedTerm[] now) {
        if (now.length != terms.length) {
            return false;
        }
        for (int i = 0; i < now.length; i++) {
            if (now[i].encoded() != terms[i].encoded() || !now[i].key().equals(terms[i].key())) {
                return false;
            }
        }
        return true;
    }
}
