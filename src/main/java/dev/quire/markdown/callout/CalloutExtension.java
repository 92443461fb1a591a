package dev.quire.markdown.callout;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Callouts in GitHub's and Obsidian's syntax: a block quote whose first line is
 * {@code [!NOTE]}, {@code [!TIP]}, {@code [!IMPORTANT]}, {@code [!WARNING]} or
 * {@code [!CAUTION]}, or one of Obsidian's types ({@code [!question]}, {@code [!example]},
 * {@code [!quote]}, ...), optionally followed by a title and, Obsidian's way, by {@code -} or
 * {@code +} to fold it:
 *
 * <pre>
 * &gt; [!warning] Not a causal claim
 * &gt; The probe reads the feature; it does not show the model uses it.
 * </pre>
 *
 * <p>The quote is recognized after parsing (a post-processor), as the marker is ordinary text to
 * the CommonMark parser.
 */
public final class CalloutExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private CalloutExtension() {
    }

    public static CalloutExtension create() {
        return new CalloutExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessor(new CalloutPostProcessor());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(CalloutHtmlRenderer::new);
    }
}
