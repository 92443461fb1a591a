package dev.quire.importer.tex;

/**
 * Reading TeX by hand where no library reads it for us: only the little the rewrites need, the
 * extent of a brace group, a control sequence or one argument. Unbalanced input never throws: a
 * group that does not close runs to the end of the text, and the rewrites then leave it alone.
 */
final class TexScan {
    private TexScan() {
    }

    /** The index just past the group opening at {@code open} (a '{'), or -1 when it never closes. */
    static int groupEnd(String tex, int open) {
        int depth = 0;
        for (int i = open; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The index just past the control sequence starting at {@code backslash}: a word, or one other character. */
    static int commandEnd(String tex, int backslash) {
        int i = backslash + 1;
        if (i >= tex.length()) {
            return i;
        }
        if (!Character.isLetter(tex.charAt(i))) {
            return i + 1;
        }
        while (i < tex.length() && Character.isLetter(tex.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index just past the next argument after {@code from}: a group, a command or one character; -1 when there is none. */
    static int argumentEnd(String tex, int from) {
        int i = skipSpaces(tex, from);
        if (i >= tex.length()) {
            return -1;
        }
        char c = tex.charAt(i);
        if (c == '{') {
            return groupEnd(tex, i);
        }
        if (c == '\\') {
            return commandEnd(tex, i);
        }
        return c == '}' || c == '&' || c == '^' || c == '_' ? -1 : i + 1;
    }

    /** The index of the first non-space at or after {@code from}. */
    static int skipSpaces(String tex, int from) {
        int i = from;
        while (i < tex.length() && Character.isWhitespace(tex.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The name of the environment whose {@code \begin} or {@code \end} stands at {@code at}, or null. */
    static String environmentAt(String tex, int at, String keyword) {
        if (!tex.startsWith(keyword + "{", at)) {
            return null;
        }
        int close = tex.indexOf('}', at + keyword.length());
        return close < 0 ? null : tex.substring(at + keyword.length() + 1, close);
    }

    /** The text inside the group opening at {@code open}, or null when it never closes. */
    static String groupText(String tex, int open) {
        int end = open < tex.length() && tex.charAt(open) == '{' ? groupEnd(tex, open) : -1;
        return end < 0 ? null : tex.substring(open + 1, end - 1);
    }
}
