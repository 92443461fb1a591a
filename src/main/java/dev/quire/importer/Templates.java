package dev.quire.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spans of a body that belong to the old engine's templates, for {@link BodyScanner}: a
 * highlight block (code), Hugo's {@code katex} shortcode (math), and any other Liquid tag or
 * shortcode, read whole so that its arguments are never taken for math or code.
 */
final class Templates {
    private static final Pattern SHORTCODE_END = Pattern.compile("\\s*>}}");
    private static final String KATEX_CLOSE = "{{< /katex >}}";

    /** A piece found, from {@code start} to just before {@code end}. */
    record Found(Piece piece, int start, int end) {
    }

    private Templates() {
    }

    /** {@code {% highlight r linenos %}…{% endhighlight %}} or Hugo's {@code highlight} shortcode opening at {@code j}; null when unclosed. */
    static Found highlight(Dialect dialect, String body, int line, int j, String indent) {
        int tagEnd = body.indexOf(dialect == Dialect.JEKYLL ? "%}" : ">}}", j);
        int close = tagEnd < 0 ? -1 : body.indexOf(dialect.highlightClose, tagEnd);
        if (close < 0) {
            return null;
        }
        String[] words = body.substring(j + dialect.highlightOpen.length(), tagEnd).strip().split("\\s+");
        String language = words[0].replace("\"", "");
        int codeStart = body.indexOf('\n', tagEnd);
        String code = codeStart < 0 || codeStart > close ? "" : body.substring(codeStart + 1, close);
        return new Found(new Piece.Highlight(line, language, code, indent), line, lineEnd(body, close + dialect.highlightClose.length()));
    }

    /** Hugo's {@code {{< katex [display] >}}…{{< /katex >}}}; null for a bare {@code {{< katex >}}} (a theme's switch), which is text. */
    static Found katex(String body, int i) {
        Matcher end = SHORTCODE_END.matcher(body);
        if (!end.find(i)) {
            return null;
        }
        int close = body.indexOf(KATEX_CLOSE, end.end());
        int nextOpening = body.indexOf("{{< katex", end.end());
        if (close < 0 || (nextOpening >= 0 && nextOpening < close)) {
            return null;
        }
        boolean display = body.substring(i, end.start()).contains("display");
        boolean block = display && (i == 0 || body.charAt(i - 1) == '\n');
        Piece.Math math = new Piece.Math(i, end.end(), body.substring(end.end(), close), display, block, "", false);
        int after = close + KATEX_CLOSE.length();
        return new Found(math, i, block ? lineEnd(body, after) : after);
    }

    /** Just past a Liquid tag or expression, or a shortcode, opening at {@code i} and closing on its line; -1 when none does. */
    static int end(Dialect dialect, String body, int i) {
        String[][] pairs = dialect == Dialect.JEKYLL ? new String[][] {{"{%", "%}"}, {"{{", "}}"}}
                : new String[][] {{"{{<", ">}}"}, {"{{%", "%}}"}};
        for (String[] pair : pairs) {
            int close = body.startsWith(pair[0], i) ? body.indexOf(pair[1], i + pair[0].length()) : -1;
            if (close >= 0 && body.lastIndexOf('\n', close) < i) {
                return close + pair[1].length();
            }
        }
        return -1;
    }

    /** Just past the line break ending the line that holds {@code from}. */
    static int lineEnd(String body, int from) {
        int nl = body.indexOf('\n', from);
        return nl < 0 ? body.length() : nl + 1;
    }
}
