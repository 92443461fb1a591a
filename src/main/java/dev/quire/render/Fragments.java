package dev.quire.render;

import gg.jte.Content;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.Utf8ByteOutput;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parts of pages that are the same on every page that shows them, rendered once for all the
 * pages of one build and copied into each from then on: a memo's row in the lists (the archive,
 * its category's page, each of its themes' pages, the home page), which rendered anew every time
 * was a seventh of a warm 4,000-memo build's samples.
 *
 * <p>Usage, in a template: {@code !{var row = @`<li>...</li>`;}${ctx.fragments().once("row:" + m.slug(), row)}}.
 * What {@code markup} writes must depend on nothing but what {@code key} names and the site.
 */
public final class Fragments {
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();

    /** {@code markup}, rendered the first time {@code key} is asked for, its UTF-8 bytes copied from then on. */
    public Content once(String key, Content markup) {
        return output -> {
            byte[] bytes = rendered.get(key);
            if (bytes == null) {
                bytes = rendered.computeIfAbsent(key, k -> utf8(markup));
            }
            output.writeBinaryContent(bytes);
        };
    }

    private static byte[] utf8(Content markup) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        markup.writeTo(new OwaspHtmlTemplateOutput(out));
        return out.toByteArray();
    }
}
