package dev.quire.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
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
        // counted as they come, each term looked up by the token's characters (Lucene's
        // CharArrayMap): a String for every token and a sorted map of them were a third of this
        // method in a build from an empty cache, where every body's text is counted
        CharArrayMap<int[]> counts = new CharArrayMap<>(256, false);
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int[] seen = counts.get(term.buffer(), 0, term.length());
                if (seen != null) {
                    seen[0]++;
                } else {
                    counts.put(term.toString(), new int[] {1});
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from a String does not fail
        }
        List<TermCount> out = new ArrayList<>(counts.size());
        CharArrayMap<int[]>.EntryIterator entries = counts.entrySet().iterator();
        while (entries.hasNext()) {
            String term = entries.nextKeyString();
            out.add(new TermCount(term, entries.currentValue()[0]));
        }
        out.sort(Comparator.comparing(TermCount::term));
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
