package dev.quire.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a post's body into text, math and code, the way the old engine's Markdown and MathJax
 * read it. Hand-written because no Markdown library reads kramdown's or goldmark's math
 * conventions (and commonmark-java would need them before it could parse anything): math first,
 * so that nothing inside a formula is taken for Markdown, Liquid or a shortcode, and code first
 * of all, so that nothing inside code is taken for math.
 */
final class BodyScanner {
    private static final Pattern FENCE = Pattern.compile("(`{3,}|~{3,})");
    private static final Pattern ENVIRONMENT = Pattern.compile(
            "\\\\begin\\{(equation\\*?|align\\*?|gather\\*?|multline\\*?|eqnarray\\*?)}");
    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t]*\n");

    private final Dialect dialect;
    /** Raw {@code \(} and {@code \[} delimit math: goldmark's passthrough; kramdown and plain goldmark read them as escapes. */
    private final boolean rawBackslash;
    /** Markdown escapes reached the TeX between dollars (goldmark without passthrough): {@code \_} was an underscore. */
    private final boolean dollarsEscaped;
    private final String body;
    /** Inside Blox's {@code {{< math >}}} wrapper, whose content Hugo passes on as written. */
    private boolean mathShortcode;
    private final List<Piece> pieces = new ArrayList<>();
    private int textStart;

    private BodyScanner(Dialect dialect, boolean passthrough, String body) {
        this.dialect = dialect;
        this.rawBackslash = dialect == Dialect.HUGO && passthrough;
        this.dollarsEscaped = !passthrough;
        this.body = body;
    }

    /**
     * @param passthrough whether the engine gave math to the page as written (kramdown's math,
     *     goldmark's passthrough extension) rather than through Markdown's escapes first
     */
    static List<Piece> scan(Dialect dialect, boolean passthrough, String body) {
        BodyScanner scanner = new BodyScanner(dialect, passthrough, body);
        scanner.run();
        return scanner.pieces;
    }

    private void run() {
        int i = 0;
        while (i < body.length()) {
            int next = i == 0 || body.charAt(i - 1) == '\n' ? lineStart(i) : -1;
            if (next < 0) {
                next = inline(i);
            }
            i = next < 0 ? i + 1 : next;
        }
        flushText(body.length());
    }

    /** A block that opens at this line: a code fence, a highlight block, display math. Returns where it ends, or -1. */
    private int lineStart(int line) {
        int j = line;
        while (j < body.length() && (body.charAt(j) == ' ' || body.charAt(j) == '\t' || body.charAt(j) == '>')) {
            j++; // indentation, and a block quote's markers: a display block may stand in either
        }
        String indent = body.substring(line, j);
        Matcher fence = FENCE.matcher(body).region(j, body.length());
        if (fence.lookingAt()) {
            Matcher close = Pattern.compile("\n[ \t]*" + Pattern.quote(fence.group(1)) + "[ \t]*(?:\n|$)").matcher(body);
            int end = close.find(j) ? close.end() : body.length();
            return add(line, end, new Piece.Code(line, body.substring(line, end)));
        }
        if (body.startsWith(dialect.highlightOpen, j)) {
            return add(Templates.highlight(dialect, body, line, j, indent));
        }
        String[][] delimiters = {{"$$", "$$"}, {"\\\\[", "\\\\]"}, {"\\[", "\\]"}};
        for (String[] d : delimiters) {
            if (body.startsWith(d[0], j) && (!d[0].equals("\\[") || rawBackslash)) {
                int close = findClose(d[1], j + d[0].length(), body.length());
                if (close >= 0 && restOfLineBlank(close + d[1].length())) {
                    String tex = body.substring(j + d[0].length(), close);
                    boolean escaped = d[0].startsWith("\\\\") || (d[0].equals("$$") && escapedDollars());
                    return add(line, lineEnd(close + d[1].length()), new Piece.Math(line, j + d[0].length(), tex, true, true,
                            indent, escaped));
                }
            }
        }
        Matcher env = ENVIRONMENT.matcher(body).region(j, body.length());
        if (env.lookingAt()) {
            String endTag = "\\end{" + env.group(1) + "}";
            int close = body.indexOf(endTag, env.end());
            if (close >= 0 && restOfLineBlank(close + endTag.length())) {
                int end = close + endTag.length();
                return add(line, lineEnd(end), new Piece.Math(line, j, body.substring(j, end), true, true, indent, false));
            }
        }
        return -1;
    }

    /** Math or code in running text; returns where it ends, or -1 when {@code i} starts none. */
    private int inline(int i) {
        char c = body.charAt(i);
        int paragraphEnd = paragraphEnd(i);
        if (c == '`') {
            int n = 1;
            while (i + n < body.length() && body.charAt(i + n) == '`') {
                n++;
            }
            String run = "`".repeat(n);
            int close = body.indexOf(run, i + n);
            return close < 0 ? i + n : add(i, close + n, new Piece.Code(i, body.substring(i, close + n)));
        }
        if (c == '\\') {
            if (body.startsWith("\\\\(", i) || body.startsWith("\\\\[", i)) {
                return delimited(i, 3, body.startsWith("\\\\(", i) ? "\\\\)" : "\\\\]", true, paragraphEnd);
            }
            if (rawBackslash && (body.startsWith("\\(", i) || body.startsWith("\\[", i))) {
                return delimited(i, 2, body.startsWith("\\(", i) ? "\\)" : "\\]", false, paragraphEnd);
            }
            return i + 2; // an escaped character, \$ included, is text
        }
        if (c == '{' && dialect == Dialect.HUGO) {
            if (body.startsWith("{{< math >}}", i) || body.startsWith("{{< /math >}}", i)) {
                mathShortcode = body.charAt(i + 4) != '/';
                return -1;
            }
            if (body.startsWith("{{< katex", i)) {
                return add(Templates.katex(body, i));
            }
        }
        if (c == '{') {
            return Templates.end(dialect, body, i);
        }
        if (c != '$') {
            return -1;
        }
        if (body.startsWith("$$", i)) {
            int close = findClose("$$", i + 2, paragraphEnd);
            if (close < 0 || body.substring(i + 2, close).isBlank()) {
                return i + 2;
            }
            return add(i, close + 2, new Piece.Math(i, i + 2, body.substring(i + 2, close),
                    dialect.inlineDoubleDollarIsDisplay, false, "", escapedDollars()));
        }
        // Pandoc's rule, as Quire reads it: no space inside either dollar, no digit right after the closing one
        if (i + 1 >= body.length() || Character.isWhitespace(body.charAt(i + 1))) {
            return i + 1;
        }
        for (int close = findClose("$", i + 1, paragraphEnd); close >= 0; close = findClose("$", close + 1, paragraphEnd)) {
            boolean digitAfter = close + 1 < body.length() && Character.isDigit(body.charAt(close + 1));
            if (!Character.isWhitespace(body.charAt(close - 1)) && !digitAfter) {
                // kramdown's math is $$ only: a single $ was text to it, escapes and all, and math to MathJax after
                boolean escaped = dialect == Dialect.JEKYLL || escapedDollars();
                return add(i, close + 1, new Piece.Math(i, i + 1, body.substring(i + 1, close), false, false, "", escaped));
            }
        }
        return i + 1;
    }

    private int delimited(int i, int open, String closing, boolean escaped, int paragraphEnd) {
        boolean display = body.charAt(i + open - 1) == '[';
        int close = body.indexOf(closing, i + open);
        if (close < 0 || (!display && close > paragraphEnd)) {
            return i + open;
        }
        return add(i, close + closing.length(), new Piece.Math(i, i + open, body.substring(i + open, close), display, false, "", escaped));
    }

    private boolean escapedDollars() {
        return dollarsEscaped && !mathShortcode;
    }

    /** The first unescaped {@code delimiter} in [from, limit), or -1. */
    private int findClose(String delimiter, int from, int limit) {
        if (delimiter.startsWith("\\")) {
            int at = body.indexOf(delimiter, from);
            return at >= 0 && at < limit ? at : -1;
        }
        for (int k = from; k < limit && k < body.length(); k++) {
            if (body.charAt(k) == '\\') {
                k++;
            } else if (body.startsWith(delimiter, k)) {
                return k;
            }
        }
        return -1;
    }

    private int paragraphEnd(int from) {
        Matcher m = BLANK_LINE.matcher(body);
        return m.find(from) ? m.start() : body.length();
    }

    private boolean restOfLineBlank(int from) {
        int end = body.indexOf('\n', from);
        return body.substring(from, end < 0 ? body.length() : end).isBlank();
    }

    private int lineEnd(int from) {
        return Templates.lineEnd(body, from);
    }

    private int add(Templates.Found found) {
        return found == null ? -1 : add(found.start(), found.end(), found.piece());
    }

    private int add(int start, int end, Piece piece) {
        flushText(start);
        pieces.add(piece);
        textStart = end;
        return end;
    }

    private void flushText(int end) {
        if (end > textStart) {
            pieces.add(new Piece.Text(textStart, body.substring(textStart, end)));
        }
    }
}
