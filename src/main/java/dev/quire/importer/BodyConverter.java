package dev.quire.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts one post's body: cut into pieces ({@link BodyScanner}), text through the engine's
 * rewrites and then {@link Targets}, math through {@link MathEmitter}, code kept; then the
 * summary divider, {@code <!--more-->}, gives the abstract (the text before it) and is removed.
 */
final class BodyConverter {
    /** {@code [[…]]} and {@code [@…]} mean a memo link and a citation in Quire; in an old post they are text. */
    private static final Pattern QUIRE_BRACKETS = Pattern.compile("\\[(?=[\\[@])");
    private static final Pattern MORE = Pattern.compile("[ \t]*<!--\\s*more\\s*-->[ \t]*\n?");
    /** MathJax reads {@code \eqref{…}} in running text too. */
    private static final Pattern TEXT_REFERENCE = Pattern.compile("\\\\(?:eq)?ref\\{([^}]*)}");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MARKUP = Pattern.compile("(?m)^#+\\s*|[*_`]|<[^>]+>|\\[\\[|]]");
    private static final Pattern DISPLAY_MATH = Pattern.compile("\\$\\$[^$]*\\$\\$(?:\\s*\\{#[^}]*})?");
    private static final Pattern MATH = Pattern.compile("\\$[^$]+\\$");

    private final MathEmitter math;

    BodyConverter(MathEmitter math) {
        this.math = math;
    }

    /** The converted body, and the abstract taken from before a summary divider (empty when there is none). */
    record Converted(String body, String abstractText) {
    }

    Converted convert(PostContext ctx) {
        StringBuilder out = new StringBuilder();
        for (Piece piece : BodyScanner.scan(ctx.run.dialect, ctx.run.blog.mathPassesThrough(), ctx.post.body())) {
            if (piece instanceof Piece.Text text) {
                out.append(text(text, ctx));
            } else if (piece instanceof Piece.Math formula) {
                out.append(math.emit(formula, ctx));
            } else if (piece instanceof Piece.Code code) {
                out.append(code.text());
            } else if (piece instanceof Piece.Highlight h) {
                out.append(fenced(h));
            }
        }
        String body = out.toString();
        String divider = ctx.run.blog.summaryDivider();
        Matcher more = (divider.equals("<!--more-->") ? MORE : Pattern.compile("[ \t]*" + Pattern.quote(divider) + "[ \t]*\n?")).matcher(body);
        if (!more.find()) {
            return new Converted(body, "");
        }
        String before = body.substring(0, more.start());
        return new Converted(before + body.substring(more.end()), plain(before));
    }

    private String text(Piece.Text text, PostContext ctx) {
        String converted = ctx.run.blog.convert(text, ctx);
        converted = TEXT_REFERENCE.matcher(converted).replaceAll(m -> {
            ctx.run.tally.links++;
            return Matcher.quoteReplacement("@" + MathEmitter.label(m.group(1)));
        });
        converted = Targets.rewrite(converted, text, ctx);
        return QUIRE_BRACKETS.matcher(converted).replaceAll(Matcher.quoteReplacement("[\\")); // [\[ and [\@: Quire's parsers read the second character
    }

    /** A highlight block as a fenced one; line numbers and highlighted lines have no Markdown form and are left out. */
    private static String fenced(Piece.Highlight h) {
        StringBuilder out = new StringBuilder(h.indent()).append("```").append(h.language()).append('\n');
        h.code().stripTrailing().lines().forEach(line -> out.append(line).append('\n'));
        return out.append(h.indent()).append("```\n").toString();
    }

    /**
     * The abstract as one line of plain text, as Latest and the feeds show it: images and display
     * formulas left out (an ellipsis stands for a formula), links as their text, markup gone;
     * inline math stays TeX between dollars.
     */
    private static String plain(String markdown) {
        String s = DISPLAY_MATH.matcher(markdown).replaceAll(" … ");
        s = IMAGE.matcher(s).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        StringBuilder out = new StringBuilder();
        Matcher math = MATH.matcher(s);
        int copied = 0;
        while (math.find()) { // emphasis marks go, but not the underscores and stars of the TeX
            out.append(MARKUP.matcher(s.substring(copied, math.start())).replaceAll("")).append(math.group());
            copied = math.end();
        }
        out.append(MARKUP.matcher(s.substring(copied)).replaceAll(""));
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
