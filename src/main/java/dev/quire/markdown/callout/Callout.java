package dev.quire.markdown.callout;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.CustomBlock;

/**
 * A callout: a block quote that starts with {@code [!TYPE]}, as GitHub and Obsidian write them.
 * Its first child is its {@link CalloutTitle}, the rest are the quote's blocks.
 *
 * @see CalloutExtension
 */
public final class Callout extends CustomBlock {
    /** Whether and how the callout folds: Obsidian's {@code [!note]-} (closed) and {@code [!note]+} (open). */
    enum Fold { NONE, OPEN, CLOSED }

    /**
     * Every type a callout may name, by the look it takes. GitHub's five are the looks; Obsidian's
     * other types borrow the closest one.
     */
    static final Map<String, String> LOOKS = looks();

    private final String type;
    private final Fold fold;
    private final int typeLine;
    private final int typeColumn;

    /** @param typeLine, typeColumn where the type word is in the body (0-based), for warnings */
    Callout(String type, Fold fold, int typeLine, int typeColumn) {
        this.type = type.toLowerCase(Locale.ROOT);
        this.fold = fold;
        this.typeLine = typeLine;
        this.typeColumn = typeColumn;
    }

    /** The type as written, lower-cased: "note", "question". */
    String type() {
        return type;
    }

    boolean known() {
        return LOOKS.containsKey(type);
    }

    /** One of GitHub's five: note, tip, important, warning, caution. An unknown type looks like a note. */
    String look() {
        return LOOKS.getOrDefault(type, "note");
    }

    Fold fold() {
        return fold;
    }

    int typeLine() {
        return typeLine;
    }

    int typeColumn() {
        return typeColumn;
    }

    /** The title shown when the callout gives none: its type, capitalized ("Warning", "FAQ"). */
    public String defaultTitle() {
        return switch (type) {
            case "faq" -> "FAQ";
            case "tldr" -> "TL;DR";
            case "todo" -> "To do";
            default -> Character.toUpperCase(type.charAt(0)) + type.substring(1).replace('-', ' ');
        };
    }

    private static Map<String, String> looks() {
        Map<String, String> looks = new LinkedHashMap<>();
        put(looks, "note", Set.of("note", "info", "todo", "abstract", "summary", "tldr", "question", "help", "faq",
                "example", "quote", "cite"));
        put(looks, "tip", Set.of("tip", "hint", "success", "check", "done"));
        put(looks, "important", Set.of("important"));
        put(looks, "warning", Set.of("warning", "attention"));
        put(looks, "caution", Set.of("caution", "danger", "error", "failure", "fail", "missing", "bug"));
        return Map.copyOf(looks);
    }

    private static void put(Map<String, String> looks, String look, Set<String> types) {
        types.forEach(t -> looks.put(t, look));
    }
}
