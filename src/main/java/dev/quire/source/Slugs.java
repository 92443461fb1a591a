package dev.quire.source;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Turns names into URL path segments: "Training dynamics" gives "training-dynamics".
 *
 * <p>Rules, in order: a {@code +} or {@code #} after a letter, digit or another {@code +} is
 * spelled out ("C++" gives "c-plus-plus", "C#" gives "c-sharp"), so names that differ only there
 * keep their own pages; accents are dropped ("Schrödinger" gives "schrodinger"); other scripts are
 * transliterated by ICU ("機械学習" gives "ji-xie-xue-xi", "Градиент" gives "gradient"); what no
 * script maps, such as an emoji, is named by its Unicode name ("🚀" gives "rocket"). Only a name
 * with nothing left ("!!!") gives "untitled".
 */
public final class Slugs {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SPELLED = Pattern.compile("(?<=[\\p{L}\\p{N}+#])([+#])");

    private Slugs() {
    }

    public static String of(String name) {
        // Every memo's file name and every label goes through here, and most are plain ASCII
        // ("2026-02-03-warmup-stabilizes-adam", "Bayesian Methods"), for which spelling out,
        // decomposing and transliterating change nothing: those steps only for the others.
        String ascii = name;
        if (!isAscii(name) || name.indexOf('+') >= 0 || name.indexOf('#') >= 0) {
            String spelled = SPELLED.matcher(name).replaceAll(m -> m.group(1).equals("+") ? " plus " : " sharp ");
            ascii = MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFKD)).replaceAll("");
            if (!isAscii(ascii)) {
                ascii = named(Latin.toAscii(ascii));
            }
        }
        String slug = dashed(ascii);
        return slug.isEmpty() ? "untitled" : slug;
    }

    /**
     * ASCII {@code text} lower-cased, each run of characters other than letters and digits one
     * dash, none at either end: one pass instead of the lower-casing and two regular expressions it stands for
     * ({@code [^a-z0-9]+} to "-", then {@code ^-+|-+$} removed).
     */
    private static String dashed(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Each code point still outside ASCII as its Unicode name: "🚀" is "ROCKET", between spaces. */
    private static String named(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                out.appendCodePoint(cp);
            } else if (Character.getType(cp) != Character.FORMAT && !Character.isWhitespace(cp)) {
                String unicodeName = Character.getName(cp);
                out.append(' ').append(unicodeName == null ? "u" + Integer.toHexString(cp) : unicodeName).append(' ');
            } else {
                out.append(' ');
            }
        });
        return out.toString();
    }

    /**
     * ICU's transliterator, built on first use: it takes a while to load, and most names are
     * Latin. Its {@code transliterate} keeps state between calls, so calls are serialized.
     */
    private static final class Latin {
        private static final Transliterator ANY_TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

        static synchronized String toAscii(String text) {
            return ANY_TO_ASCII.transliterate(text);
        }
    }
}
