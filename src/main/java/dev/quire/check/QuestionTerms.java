package dev.quire.check;

import dev.quire.search.SearchAnalyzer;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Turns a question into the terms the repetition check compares, with Lucene's English analysis:
 * standard tokenizing, possessives dropped, lower case, English stop words removed, Porter
 * stemming ("diverging" and "divergence" both become "diverg"). One instance is safe to share
 * between threads (the analyzer keeps its token streams per thread).
 */
final class QuestionTerms implements AutoCloseable {
    /**
     * Lucene's English stop words plus the words every question is built from ("how", "does",
     * "whether", "my"): they say that something is asked, not what, and would make any two
     * questions look alike.
     */
    private static final CharArraySet STOP_WORDS = stopWords();

    private final Analyzer analyzer = new EnglishAnalyzer(STOP_WORDS);

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(List.of("how", "what", "why", "when", "where", "which", "who", "whether", "does", "do", "did",
                "can", "could", "should", "would", "much", "many", "my", "i", "me", "we", "our", "from", "than", "so"));
        return CharArraySet.unmodifiableSet(words);
    }

    List<String> of(String text) {
        return SearchAnalyzer.terms(analyzer, text);
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
