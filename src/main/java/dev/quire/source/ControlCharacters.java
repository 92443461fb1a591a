package dev.quire.source;

import java.util.Locale;

/**
 * Characters no page or feed can carry: the C0 controls but tab, line feed and carriage return,
 * DEL, the C1 controls, and the noncharacters U+FFFE and U+FFFF. XML 1.0 forbids most of them
 * (the Atom feed writer throws on them) and HTML calls all of them parse errors. They come from
 * a stray byte in a file, or from a YAML escape ({@code "\begin"} in double quotes is a
 * backspace and "egin"), and are refused at their place before any writer sees them.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    public static boolean forbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF';
    }

    /** The index of the first forbidden character of {@code text}, or -1. */
    public static int first(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (forbidden(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** "U+0008 (backspace)" */
    public static String name(char c) {
        String name = Character.getName(c);
        return String.format(Locale.ROOT, "U+%04X", (int) c) + (name == null ? "" : " (" + name.toLowerCase(Locale.ROOT) + ")");
    }
}
