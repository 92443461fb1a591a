package dev.quire.diag;

/**
 * A source file's text under its site-relative path, for quoting the offending line in a
 * {@link Problem}. Lines are 1-based.
 */
public record SourceText(String path, String text) {

    /** A place in a text: line and column, both 1-based, the column counted in chars. */
    public record Position(int line, int column) {
    }

    /** The line and column of {@code offset} in this text. */
    public Position positionOf(int offset) {
        return position(text, offset);
    }

    /** The line and column of {@code offset} (clamped to the text) in {@code text}: the one place that counts lines. */
    public static Position position(String text, int offset) {
        int end = Math.max(0, Math.min(offset, text.length()));
        int line = 1;
        int lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return new Position(line, end - lineStart + 1);
    }

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
