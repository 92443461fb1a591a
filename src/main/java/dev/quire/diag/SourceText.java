package dev.quire.diag;

/**
 * A source file's text under its site-relative path, for quoting the offending line in a
 * {@link Problem}. Lines are 1-based.
 */
public record SourceText(String path, String text) {

    /** The text of line {@code n} without its line break, or null when there is no such line. */
    public String line(int n) {
        if (n < 1) {
            return null;
        }
        int start = 0;
        for (int i = 1; i < n; i++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return null;
            }
            start = nl + 1;
        }
        int end = text.indexOf('\n', start);
        String line = end < 0 ? text.substring(start) : text.substring(start, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
