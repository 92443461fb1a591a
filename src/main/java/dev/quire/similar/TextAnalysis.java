package dev.quire.similar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns memo text into the terms the similarity compares, with Lucene's English analysis:
 * standard tokenizing, possessives dropped, lower case, stop words removed, Porter stemming
 * ("diverging" and "divergence" both become "diverg"). Each term keeps where its word is written,
 * so that a match can be shown in the writer's words. Safe to share between threads (the
 * analyzer keeps its token streams per thread).
 */
final class TextAnalysis {
    /** One analysed word: its term, and where it is written in the text. */
    record Token(String term, int start, int end) {
    }

    /**
     * Lucene's English stop words plus the words every question is built from ("how", "does",
     * "whether", "my"): they say that something is asked, not what, and would make any two
     * questions look alike.
     */
    private static final CharArraySet STOP_WORDS = stopWords();

    private static final Analyzer ANALYZER = new EnglishAnalyzer(STOP_WORDS);

    private TextAnalysis() {
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(List.of("how", "what", "why", "when", "where", "which", "who", "whether", "does", "do", "did",
                "can", "could", "should", "would", "much", "many", "my", "i", "me", "we", "our", "from", "than", "so"));
        return CharArraySet.unmodifiableSet(words);
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from a String does not fail
        }
        return tokens;
    }

    static List<String> terms(String text) {
        return tokens(text).stream().map(Token::term).toList();
    }
}
