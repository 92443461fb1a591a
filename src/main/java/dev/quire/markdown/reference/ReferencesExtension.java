package dev.quire.markdown.reference;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Citations ({@code [@key]}, {@code @key}), figures ({@code ![caption](f.svg){#fig:name}}) and
 * their references ({@code @fig:name}), and links between memos ({@code [[slug]]}). Parsing
 * only finds them; {@link BodyReferences} resolves them once the whole body is known.
 * Register it after the autolink extension, so that e-mail addresses are links before
 * {@code @} is looked at.
 */
public final class ReferencesExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private ReferencesExtension() {
    }

    public static ReferencesExtension create() {
        return new ReferencesExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.linkProcessor(new BracketSyntax());
        builder.postProcessor(new ReferenceSyntax());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(ReferenceHtmlRenderer::new);
    }
}
