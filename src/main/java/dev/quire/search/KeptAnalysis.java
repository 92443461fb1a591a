package dev.quire.search;

import java.util.List;
import java.util.function.Supplier;

/**
 * Where a build may keep what it made of a search document for the next build: the document's
 * file and the terms of its short fields. A warm build whose memos all come from the cache then
 * neither escapes their text as JSON again nor starts Lucene's tokenizer for their titles.
 * Whatever is kept must be what {@code make} would give.
 */
public interface KeptAnalysis {
    /** Nothing kept: everything made each time. */
    KeptAnalysis NONE = new KeptAnalysis() {
        @Override
        public byte[] file(SearchDocument doc, Supplier<byte[]> make) {
            return make.get();
        }

        @Override
        public List<TermCount> fieldTerms(SearchDocument doc, Supplier<List<TermCount>> make) {
            return make.get();
        }
    };

    /** {@code doc}'s file ({@link SearchIndex#document}), kept or made by {@code make}. */
    byte[] file(SearchDocument doc, Supplier<byte[]> make);

    /**
     * The weighted terms of {@code doc}'s title, keywords and description, sorted by term, kept or
     * made by {@code make}; they depend on those three strings only.
     */
    List<TermCount> fieldTerms(SearchDocument doc, Supplier<List<TermCount>> make);
}
