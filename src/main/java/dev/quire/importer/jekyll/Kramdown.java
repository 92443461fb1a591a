package dev.quire.importer.jekyll;

import dev.quire.importer.Piece;
import dev.quire.importer.PostContext;
import java.util.regex.Pattern;

/**
 * kramdown's extensions to Markdown that CommonMark lacks. A table of contents ({@code * TOC}
 * followed by {@code {:toc}}) goes: Quire opens a memo with three or more sections with its own
 * Contents. Attribute lists ({@code {: .class}}, {@code {: #id}}, {@code {: width="50%"}})
 * style the old theme and have no Quire form: each is removed and reported. Extensions
 * ({@code {::comment}}, {@code {::nomarkdown}}) become an HTML comment or their raw content.
 * Hand-written: no Java library reads kramdown.
 */
final class Kramdown {
    private static final Pattern TOC = Pattern.compile(
            "(?m)^(?:[ \\t]*\\{:\\s*(?:class=\"table-of-contents?\"|\\.table-of-contents?)\\s*}[ \\t]*\\n)?[ \\t]*(?:[*+-]|1\\.)[ \\t]+.*\\n[ \\t]*\\{:\\s*toc\\s*}[ \\t]*(?:\\n|$)");
    private static final Pattern NO_TOC = Pattern.compile("(?m)^[ \\t]*\\{:\\s*\\.no_toc\\s*}[ \\t]*(?:\\n|$)");
    private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("(?m)^[ \\t]*(\\{:(?![:/])[^}\\n]*})[ \\t]*(?:\\n|$)");
    private static final Pattern SPAN_ATTRIBUTES = Pattern.compile("\\{:(?![:/])[^}\\n]*}");
    private static final Pattern EXTENSION = Pattern.compile("\\{::(comment|nomarkdown|options)[^}]*}|\\{:/(comment|nomarkdown)?}");

    private Kramdown() {
    }

    static String convert(String text, Piece.Text piece, PostContext ctx) {
        String out = TOC.matcher(text).replaceAll("");
        out = NO_TOC.matcher(out).replaceAll("");
        out = BLOCK_ATTRIBUTES.matcher(out).replaceAll(m -> removed(m.group(1), piece, ctx));
        out = SPAN_ATTRIBUTES.matcher(out).replaceAll(m -> removed(m.group(), piece, ctx));
        return EXTENSION.matcher(out).replaceAll(m -> {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            boolean opening = m.group(1) != null;
            if ("comment".equals(name)) {
                return opening ? "<!--" : "-->";
            }
            return ""; // {::options} sets the parser; {::nomarkdown} and its end leave the raw HTML inside as it is
        });
    }

    private static String removed(String attributes, Piece.Text piece, PostContext ctx) {
        ctx.warnAt(piece, attributes, "the kramdown attribute list '" + attributes + "' has no Quire equivalent and was removed",
                "Quire styles every memo alike: classes, ids and sizes have no place in a memo");
        return "";
    }
}
