package dev.quire.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How memo text becomes index terms: Unicode word boundaries (Lucene's StandardTokenizer), lower
 * case, accents folded, possessives and English stop words dropped. No stemming: the browser
 * matches a query word as a prefix of the indexed words instead ("warm" finds "warmup"), which
 * needs no stemmer in JavaScript and keeps both sides in step.
 */
public final class SearchAnalyzer {
    /** Stop words, sent to the browser too so that a query drops the same words. */
    public static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(stream, STOP_WORDS);
            return new TokenStreamComponents(source, stream);
        }
    };

    private SearchAnalyzer() {
    }

    /** The terms of {@code text}, in order, repeats kept. Safe to call from several threads. */
    public static List<String> terms(String text) {
        return terms(ANALYZER, text);
    }

    /** The terms {@code analyzer} makes of {@code text}, in order, repeats kept. */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        eachTerm(analyzer, text, terms::add);
        return terms;
    }

    private static void eachTerm(Analyzer analyzer, String text, Consumer<String> to) {
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                to.accept(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from a String does not fail
        }
    }

    /** Each term of {@code text} once, with how often it occurs, sorted by term. */
    public static List<TermCount> counts(String text) {
        Map<String, Integer> counts = new TreeMap<>();
        // counted as they come: every body's terms listed first were a list as long as its text
        eachTerm(ANALYZER, text, term -> counts.merge(term, 1, Integer::sum));
        List<TermCount> out = new ArrayList<>(counts.size());
        counts.forEach((term, count) -> out.add(new TermCount(term, count)));
        return out;
    }

    public static List<String> stopWords() {
        List<String> words = new ArrayList<>();
        for (Object word : STOP_WORDS) {
            words.add(new String((char[]) word));
        }
        words.sort(null);
        return words;
    }
}
