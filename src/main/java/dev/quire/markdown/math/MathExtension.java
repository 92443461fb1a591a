package dev.quire.markdown.math;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Adds TeX math to commonmark: {@code $inline$}, {@code $$display$$} in a paragraph and
 * {@code $$ … $$} blocks, optionally labelled {@code {#eq:name}}, and {@code @eq:name} references.
 * The TeX reaches the renderer exactly as written.
 */
public final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private MathExtension() {
    }

    public static MathExtension create() {
        return new MathExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new DisplayMathParser.Factory());
        builder.customInlineContentParserFactory(new InlineMathParser.Factory());
        builder.customInlineContentParserFactory(new EquationRefParser.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(MathHtmlRenderer::new);
    }
}
