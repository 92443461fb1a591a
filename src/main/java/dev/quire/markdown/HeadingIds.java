package dev.quire.markdown;

import java.util.Locale;
import java.util.Map;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Gives each heading an {@code id} made from its text, duplicates numbered, as commonmark's
 * heading-anchor extension does, but the same on every machine.
 *
 * <p>Why not the extension itself: it lower-cases with the JVM's default locale, so under
 * {@code tr_TR} "Interventions" became {@code ınterventions} (dotless i). The text is lower-cased
 * here with {@link Locale#ROOT} first; lower-casing text that has no upper-case letter left is
 * the identity in every locale, so the generator's own lower-casing changes nothing after it.
 *
 * <p>One per rendering of a body, as duplicate ids are counted per page.
 */
final class HeadingIds implements AttributeProvider {
    private final IdGenerator ids = IdGenerator.builder().defaultId("id").build();

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Heading) {
            StringBuilder text = new StringBuilder();
            node.accept(new AbstractVisitor() {
                @Override
                public void visit(Text t) {
                    text.append(t.getLiteral());
                }

                @Override
                public void visit(Code code) {
                    text.append(code.getLiteral());
                }
            });
            attributes.put("id", ids.generateId(text.toString().trim().toLowerCase(Locale.ROOT)));
        }
    }
}
