package dev.quire.similar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The abbreviations a whole site defines, as terms: each short form's term ("moe") and the terms
 * of the long form it stands for ("mixtur", "expert"). A short form defined two ways takes the
 * long form most memos give it, ties broken by the terms' order, so the table is the same
 * whatever order the memos come in.
 */
final class Expansions {
    private final Map<String, List<String>> longForms;
    private final Map<String, String> written;

    private Expansions(Map<String, List<String>> longForms, Map<String, String> written) {
        this.longForms = longForms;
        this.written = written;
    }

    /** The long form as a memo wrote it, for the short form's term; null when the site defines none. */
    String writtenLongForm(String shortTerm) {
        return written.get(shortTerm);
    }

    static Expansions of(Collection<List<Abbreviation>> definitions) {
        Map<String, Map<String, Integer>> votes = new TreeMap<>();
        Map<String, List<String>> termsOf = new HashMap<>();
        Map<String, String> writtenOf = new HashMap<>();
        for (List<Abbreviation> memo : definitions) {
            for (Abbreviation a : memo) {
                List<String> shortTerms = TextAnalysis.terms(a.shortForm());
                List<String> longTerms = TextAnalysis.terms(a.longForm());
                if (shortTerms.size() != 1 || longTerms.isEmpty() || longTerms.contains(shortTerms.get(0))) {
                    continue;
                }
                String joined = String.join(" ", longTerms);
                termsOf.put(joined, longTerms);
                writtenOf.merge(joined, a.longForm(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
                votes.computeIfAbsent(shortTerms.get(0), k -> new TreeMap<>()).merge(joined, 1, Integer::sum);
            }
        }
        Map<String, List<String>> chosen = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        votes.forEach((shortTerm, counts) -> {
            String best = null;
            for (Map.Entry<String, Integer> e : counts.entrySet()) { // TreeMap: ties keep the first in term order
                if (best == null || e.getValue() > counts.get(best)) {
                    best = e.getKey();
                }
            }
            chosen.put(shortTerm, termsOf.get(best));
            written.put(shortTerm, writtenOf.get(best));
        });
        return new Expansions(chosen, written);
    }

    /** {@code tokens} with each short form replaced by its long form's terms (which keep the short form as their word). */
    List<TextAnalysis.Token> expand(List<TextAnalysis.Token> tokens) {
        List<TextAnalysis.Token> out = new ArrayList<>(tokens.size() + 4);
        for (TextAnalysis.Token t : tokens) {
            List<String> longForm = longForms.get(t.term());
            if (longForm == null) {
                out.add(t);
            } else {
                longForm.forEach(term -> out.add(new TextAnalysis.Token(term, t.start(), t.end())));
            }
        }
        return out;
    }
}
