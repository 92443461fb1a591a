package dev.quire.markdown.callout;

import dev.quire.diag.DidYouMean;
import dev.quire.markdown.BodyContext;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;

/**
 * Warns about callouts of a type Quire does not know. Such a callout still renders, looking like
 * a note and titled with its type (as Obsidian shows custom types), so a deliberate custom type
 * costs nothing; the warning catches typos such as {@code [!WARN]}.
 */
public final class CalloutTypes {
    private static final List<String> GITHUB = List.of("note", "tip", "important", "warning", "caution");

    private CalloutTypes() {
    }

    public static void reportUnknown(Node document, BodyContext context) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof Callout callout && !callout.known()) {
                    context.warning(callout.typeLine(), callout.typeColumn(),
                            "unknown callout type '" + callout.type() + "', shown as a note",
                            closest(callout.type()));
                }
                visitChildren(block);
            }
        });
    }

    /** A known type this one starts ("warn" for "warning"), else the nearest by spelling. */
    private static String closest(String type) {
        for (String known : GITHUB) {
            if (known.startsWith(type)) {
                return "did you mean '" + known + "'?";
            }
        }
        return DidYouMean.hint(type, Callout.LOOKS.keySet().stream().sorted().toList(),
                "the types are " + String.join(", ", GITHUB) + ", and Obsidian's (question, example, quote, ...)");
    }
}
