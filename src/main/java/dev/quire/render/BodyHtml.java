package dev.quire.render;

import dev.quire.markdown.MemoBody;
import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * A rendered body as a template writes it: its UTF-8 bytes handed to the output as they are
 * (pages are written as UTF-8 bytes), instead of a string the output encodes again. Written
 * unescaped, as {@code $unsafe} would: the body is HTML that the Markdown stage made.
 *
 * <p>Usage, in a template: {@code ${BodyHtml.of(memo.body())}}
 */
public final class BodyHtml implements Content {
    private final MemoBody body;

    private BodyHtml(MemoBody body) {
        this.body = body;
    }

    public static BodyHtml of(MemoBody body) {
        return new BodyHtml(body);
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeBinaryContent(body.texts().htmlUtf8());
    }
}
