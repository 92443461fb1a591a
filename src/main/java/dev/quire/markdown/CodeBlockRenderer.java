package dev.quire.markdown;

import dev.quire.highlight.CodeHighlighter;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes fenced code as commonmark does ({@code <pre><code class="language-x">}), with the
 * highlighter's {@code hljs-*} spans inside when the fence names a language it knows; otherwise
 * the code is plain escaped text. Highlighting cannot fail, so it needs no problem reporting and
 * runs here, while the HTML is written.
 */
final class CodeBlockRenderer implements NodeRenderer {
    private final HtmlWriter html;
    private final CodeHighlighter highlighter;

    CodeBlockRenderer(HtmlNodeRendererContext context, CodeHighlighter highlighter) {
        this.html = context.getWriter();
        this.highlighter = highlighter;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FencedCodeBlock.class);
    }

    @Override
    public void render(Node node) {
        html.line();
        html.raw("<pre>");
        writeCode(node);
        html.raw("</pre>");
        html.line();
    }

    /** The {@code <code>} element of a fenced or indented block, without the {@code <pre>} around it. */
    void writeCode(Node node) {
        String language = node instanceof FencedCodeBlock fenced ? CodeHighlighter.language(fenced.getInfo()) : "";
        String code = node instanceof FencedCodeBlock fenced ? fenced.getLiteral() : ((IndentedCodeBlock) node).getLiteral();
        Optional<String> highlighted = language.isEmpty() ? Optional.empty() : highlighter.highlight(code, language);
        if (language.isEmpty()) {
            html.raw("<code>");
        } else {
            html.raw("<code class=\"language-");
            html.text(language);
            html.raw("\">");
        }
        if (highlighted.isPresent()) {
            html.raw(highlighted.get());
        } else {
            html.text(code);
        }
        html.raw("</code>");
    }
}
