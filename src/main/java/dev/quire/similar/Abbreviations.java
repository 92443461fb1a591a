package dev.quire.similar;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the abbreviations a text defines, in the two ways writers define them: the long form
 * followed by the short one in parentheses ("knowledge distillation (KD)"), or the short form
 * followed by the long one ("DQN (deep Q-network)"). A long form is accepted when the letters of
 * the short form can be found in it in order, the first at the start of its first word (the
 * matching rule of Schwartz and Hearst, 2003), so "batch normalization (BN)", "low-rank adaptation
 * (LoRA)" and "sparse autoencoders (SAEs)" are found, and "(see Table 2)" is not. Written here
 * because no maintained Java library does this one job; it is a few string scans.
 *
 * <p>Usage: {@code Abbreviations.in("Mixture of experts (MoE) layers ...")}.
 */
public final class Abbreviations {
    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]{1,80})\\)");
    /** A short form: one word of letters and digits (hyphens inside), with at least two capitals. */
    private static final Pattern SHORT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,9}");
    private static final Pattern WORD_BEFORE = Pattern.compile("([A-Za-z0-9][A-Za-z0-9-]{0,9})\\s*$");

    private Abbreviations() {
    }

    /** The abbreviations {@code text} defines, each once, in order of definition. */
    public static List<Abbreviation> in(String text) {
        Set<Abbreviation> found = new LinkedHashSet<>();
        Matcher m = PARENTHESIS.matcher(text);
        while (m.find()) {
            String inside = m.group(1).strip();
            String before = sentenceBefore(text, m.start());
            if (isShortForm(inside)) {
                longFormBefore(inside, before).ifPresent(found::add);
            } else if (inside.contains(" ")) {
                Matcher w = WORD_BEFORE.matcher(before);
                if (w.find() && isShortForm(w.group(1))) {
                    String longForm = match(w.group(1), inside);
                    if (longForm != null && longForm.length() == inside.length()) {
                        found.add(new Abbreviation(w.group(1), inside));
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    static boolean isShortForm(String word) {
        if (!SHORT.matcher(word).matches()) {
            return false;
        }
        int capitals = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                capitals++;
            }
        }
        return capitals >= 2 && Character.isLetter(word.charAt(0));
    }

    /** The text of the sentence before {@code end}: a long form never runs over a full stop. */
    private static String sentenceBefore(String text, int end) {
        int start = Math.max(Math.max(text.lastIndexOf(". ", end), text.lastIndexOf("; ", end)), text.lastIndexOf(": ", end));
        return text.substring(start < 0 ? 0 : start + 2, end);
    }

    private static Optional<Abbreviation> longFormBefore(String shortForm, String before) {
        String[] words = before.strip().split("\\s+");
        int letters = letters(shortForm).length();
        int take = Math.min(words.length, Math.min(letters + 5, letters * 2));
        String window = String.join(" ", List.of(words).subList(words.length - take, words.length));
        String longForm = match(shortForm, window);
        if (longForm == null || longForm.length() <= shortForm.length()) {
            return Optional.empty();
        }
        return Optional.of(new Abbreviation(shortForm, longForm));
    }

    /**
     * The shortest end of {@code window} that holds the short form's letters in order, its first
     * letter at the start of a word; {@code null} when there is none.
     */
    static String match(String shortForm, String window) {
        String s = letters(shortForm);
        String l = window.toLowerCase(Locale.ROOT);
        int li = l.length() - 1;
        for (int si = s.length() - 1; si >= 0; si--) {
            char c = s.charAt(si);
            while (li >= 0 && (l.charAt(li) != c || (si == 0 && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1))))) {
                li--;
            }
            if (li < 0) {
                return null;
            }
            li--;
        }
        return window.substring(li + 1).strip();
    }

    /** The short form's letters and digits, lower case, without a plural 's' ("SAEs" gives "sae"). */
    static String letters(String shortForm) {
        String form = shortForm.length() > 2 && shortForm.endsWith("s")
                && Character.isUpperCase(shortForm.charAt(shortForm.length() - 2))
                ? shortForm.substring(0, shortForm.length() - 1) : shortForm;
        StringBuilder b = new StringBuilder();
        for (char c : form.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
