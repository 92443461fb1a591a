package dev.quire.cite;

import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How to cite one memo: a BibTeX {@code @misc} entry for the "Cite this memo" block, and the
 * values of Google Scholar's {@code citation_*} meta tags.
 *
 * <pre>
 * String key = MemoCitation.baseKey("Clara Ashworth", "Why warmup stabilizes Adam", date);   // "ashworth2026warmup"
 * new MemoCitation(key, "Clara Ashworth", "Why warmup stabilizes Adam", date, url, "Research notes").bibtex();
 * </pre>
 *
 * <p>Written by hand: jbibtex parses and formats BibTeX values but does not escape text into
 * them, and the escaping needed is the ten LaTeX special characters and nothing more.
 *
 * @param key the entry's key: {@link #baseKey}, with a letter added when another memo has the same one
 * @param url the memo's absolute address, or "" when the site has no {@code base_url}
 * @param siteTitle where the memo is published, the entry's {@code note}
 */
public record MemoCitation(String key, String author, String title, OffsetDateTime date, String url, String siteTitle) {
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final DateTimeFormatter SCHOLAR_DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT);
    /** Words that never name a memo: a key made from them would say nothing ("ashworth2026why"). */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "in", "on", "for", "to", "and", "or",
            "but", "with", "without", "at", "by", "from", "as", "is", "are", "was", "were", "be", "been", "do", "does", "did",
            "why", "what", "when", "where", "which", "who", "whom", "how", "my", "our", "its", "it", "can", "could", "should",
            "would", "will", "not", "no", "than", "that", "this", "these", "those", "into", "vs", "versus", "about", "more",
            "most", "much", "many", "s");

    /**
     * A memo's key before disambiguation: the author's surname, the year and the title's first
     * significant word, in ASCII letters and digits ("ashworth2026warmup").
     */
    public static String baseKey(String author, String title, OffsetDateTime date) {
        return String.join("", asciiWords(surname(author))) + date.getYear() + firstWord(title);
    }

    /** The BibTeX entry, fields in a fixed order; {@code url} only when the site has an address. */
    public String bibtex() {
        List<String> fields = new ArrayList<>();
        fields.add("author = {" + escape(author) + "}");
        fields.add("title = {" + protectCapitals(escape(title)) + "}");
        fields.add("year = {" + date.getYear() + "}");
        fields.add("month = " + MONTHS[date.getMonthValue() - 1]);
        if (!url.isEmpty()) {
            fields.add("url = {" + url + "}");
        }
        fields.add("note = {" + escape(siteTitle) + "}");
        return "@misc{" + key() + ",\n  " + String.join(",\n  ", fields) + "\n}";
    }

    /** Google Scholar's {@code citation_publication_date}: "2026/02/03". */
    public String scholarDate() {
        return SCHOLAR_DATE.format(date);
    }

    private static String surname(String author) {
        String name = author.strip();
        if (name.contains(",")) {
            return name.substring(0, name.indexOf(','));   // "Ashworth, Clara"
        }
        String[] words = name.split("\\s+");
        return words[words.length - 1];
    }

    private static String firstWord(String title) {
        for (String word : asciiWords(title)) {
            if (!STOP_WORDS.contains(word) && word.chars().anyMatch(Character::isLetter)) {
                return word;
            }
        }
        return "";
    }

    /** Compiled once: every memo's key is made again on every build and every save in serve. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^a-z0-9]+");

    /** Lower-cased ASCII words: accents dropped ("Jörg" gives "jorg"), other letters and signs split words. */
    private static List<String> asciiWords(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : NON_WORD.split(folded)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** Text made safe inside a braced BibTeX value: LaTeX's special characters written as commands. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Braces around words that carry capitals past their first letter or are capitalized mid-title
     * ("Adam", "GSM8K"), so that styles which lower-case titles keep them.
     */
    private static String protectCapitals(String title) {
        String[] words = title.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean capitalAfterFirst = w.length() > 1 && w.substring(1).chars().anyMatch(Character::isUpperCase);
            boolean capitalizedLater = i > 0 && !w.isEmpty() && Character.isUpperCase(w.charAt(0));
            if ((capitalAfterFirst || capitalizedLater) && !w.contains("\\")) {
                words[i] = "{" + w + "}";
            }
        }
        return String.join(" ", words);
    }
}
