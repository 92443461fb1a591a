package dev.quire.importer.hugo;

import dev.quire.importer.Piece;
import dev.quire.importer.PostContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's shortcodes in a post, rewritten into Quire's Markdown: {@code figure} to a figure with
 * its caption, {@code ref} and {@code relref} to the memo they name, the {@code math} wrapper of
 * Blox and Wowchemy and a bare {@code katex} switch removed (the math inside is read as math).
 * {@code highlight} and {@code katex} blocks are read as code and math before this. Any other
 * shortcode is left as written and reported. Hand-written: shortcodes are Hugo's templates, and
 * no Java library reads them.
 */
final class Shortcodes {
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{([<%])\\s*(/?)\\s*([\\w./-]+)\\s*(.*?)\\s*[>%]}}");
    private static final Pattern ARGUMENT = Pattern.compile("(?:(\\w+)\\s*=\\s*)?(?:\"([^\"]*)\"|`([^`]*)`|(\\S+))");

    private Shortcodes() {
    }

    static String convert(Piece.Text piece, PostContext ctx) {
        Matcher m = SHORTCODE.matcher(piece.text());
        return m.replaceAll(r -> Matcher.quoteReplacement(shortcode(r.group(), r.group(2).equals("/"), r.group(3), r.group(4), piece, ctx)));
    }

    private static String shortcode(String whole, boolean closing, String name, String arguments, Piece.Text piece, PostContext ctx) {
        Map<String, String> named = new TreeMap<>();
        List<String> positional = new ArrayList<>();
        Matcher a = ARGUMENT.matcher(arguments);
        while (a.find()) {
            String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
            if (a.group(1) != null) {
                named.put(a.group(1), value);
            } else {
                positional.add(value);
            }
        }
        switch (name) {
            case "math", "katex" -> {
                return "";
            }
            case "figure" -> {
                String src = named.getOrDefault("src", positional.isEmpty() ? null : positional.get(0));
                if (src != null && !closing) {
                    String caption = named.getOrDefault("caption", named.getOrDefault("title", named.getOrDefault("alt", "")));
                    return "![" + caption.replace("[", "\\[").replace("]", "\\]") + "](" + src + ")";
                }
            }
            case "ref", "relref" -> {
                String target = positional.isEmpty() ? named.getOrDefault("path", "") : positional.get(0);
                int hash = target.indexOf('#');
                Optional<String> memo = ctx.run.memoUrl(hash < 0 ? target : target.substring(0, hash));
                if (memo.isPresent()) {
                    ctx.run.linkRewritten();
                    return memo.get() + (hash < 0 ? "" : target.substring(hash));
                }
                ctx.warnAt(piece, whole, "no post '" + target + "' for " + whole, "the link was left as written; link the memo by hand");
                return whole;
            }
            default -> {
            }
        }
        if (!closing) {
            ctx.warnAt(piece, whole, "the shortcode '" + name + "' cannot be converted; it was left as written",
                    "replace it with what it showed, or remove it");
        }
        return whole;
    }
}
