package dev.quire.markdown;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

/**
 * Makes every link and image address of a feed entry absolute, resolved against the memo page's
 * address as a browser would: a feed reader shows the entry far from the site. Quire's own
 * elements get theirs as attributes; raw HTML the writer put in the memo gets its
 * {@code href} and {@code src} values rewritten in place.
 */
final class FeedUrls implements AttributeProvider {
    private static final Pattern RAW_URL = Pattern.compile("(\\s(?:href|src)\\s*=\\s*)(\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);

    private final URI page;

    FeedUrls(String pageUrl) {
        this.page = URI.create(pageUrl);
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        attributes.computeIfPresent("href", (name, url) -> absolute(url));
        attributes.computeIfPresent("src", (name, url) -> absolute(url));
    }

    String absolute(String url) {
        try {
            return page.resolve(url).toString();
        } catch (IllegalArgumentException e) {
            return url; // not a URL a browser could follow either; left as written
        }
    }

    /** Writes raw HTML with its addresses absolute. */
    NodeRenderer rawHtml(HtmlNodeRendererContext context) {
        return new NodeRenderer() {
            @Override
            public Set<Class<? extends Node>> getNodeTypes() {
                return Set.of(HtmlBlock.class, HtmlInline.class);
            }

            @Override
            public void render(Node node) {
                if (node instanceof HtmlBlock block) {
                    context.getWriter().line();
                    context.getWriter().raw(rewrite(block.getLiteral()));
                    context.getWriter().line();
                } else {
                    context.getWriter().raw(rewrite(((HtmlInline) node).getLiteral()));
                }
            }
        };
    }

    private String rewrite(String html) {
        Matcher m = RAW_URL.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean doubleQuoted = m.group(3) != null;
            String url = absolute(doubleQuoted ? m.group(3) : m.group(4));
            String quote = doubleQuoted ? "\"" : "'";
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + quote + url + quote));
        }
        m.appendTail(out);
        return out.toString();
    }
}
