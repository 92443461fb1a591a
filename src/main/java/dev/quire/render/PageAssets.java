package dev.quire.render;

/**
 * Links what rendered math and code need from the pages that show them, and from no other page:
 * KaTeX's stylesheet where there is a formula, the copy button's script where there is a code
 * block. Decided on the finished page rather than in a template because memo HTML reaches
 * several pages (the memo's own, the open-questions ledger), and a page without math should not
 * pay for KaTeX's stylesheet.
 */
public final class PageAssets {
    public static final String KATEX_CSS = "assets/katex/katex.min.css";
    public static final String COPY_SCRIPT = "assets/copy-code.js";

    private PageAssets() {
    }

    static String link(String html, RenderContext ctx) {
        // only rendered math and code blocks produce these: the renderer escapes '<' in text
        boolean math = html.contains("<span class=\"katex\">");
        boolean code = html.contains("<pre><code");
        int head = html.indexOf("</head>");
        if ((!math && !code) || head < 0) {
            return html;
        }
        StringBuilder tags = new StringBuilder();
        if (math) {
            tags.append("<link rel=\"stylesheet\" href=\"").append(ctx.href(KATEX_CSS)).append("\">\n");
        }
        if (code) {
            tags.append("<script src=\"").append(ctx.href(COPY_SCRIPT)).append("\" defer></script>\n");
        }
        return html.substring(0, head) + tags + html.substring(head);
    }
}
