package dev.quire.importer.jekyll;

import dev.quire.importer.Piece;
import dev.quire.importer.PostContext;
import dev.quire.importer.PostFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Liquid that Jekyll posts use in Markdown, rewritten: {@code {% post_url %}} and
 * {@code {% link %}} to the memo or file they name, the site's base URL (Quire's links start at
 * the root), al-folio's {@code {% include figure %}} to a figure; {@code {% raw %}} markers go.
 * Hand-written: a Liquid engine would render the tags, but what is wanted is each tag's meaning
 * in Quire's Markdown, and any other tag or expression is left as written and reported.
 */
final class Liquid {
    private static final Pattern BASE_URL = Pattern.compile("\\{\\{-?\\s*site\\.(?:url|baseurl)\\s*-?}}");
    private static final Pattern URL_FILTER = Pattern.compile("\\{\\{-?\\s*[\"']([^\"']*)[\"']\\s*\\|\\s*(?:relative_url|absolute_url)\\s*-?}}");
    private static final Pattern RAW = Pattern.compile("\\{%-?\\s*(?:end)?raw\\s*-?%}");
    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(\\w+)\\s*(.*?)\\s*-?%}");
    private static final Pattern EXPRESSION = Pattern.compile("\\{\\{-?\\s*(.*?)\\s*-?}}");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");
    private static final Pattern FIGURE_INCLUDE = Pattern.compile("figure(\\.html|\\.liquid)?");

    private final Path root;

    Liquid(Path root) {
        this.root = root;
    }

    String convert(Piece.Text piece, PostContext ctx) {
        String text = BASE_URL.matcher(piece.text()).replaceAll("");
        text = URL_FILTER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = RAW.matcher(text).replaceAll("");
        text = TAG.matcher(text).replaceAll(m -> Matcher.quoteReplacement(tag(m.group(), m.group(1), m.group(2), piece, ctx)));
        return EXPRESSION.matcher(text).replaceAll(m -> {
            ctx.warnAt(piece, m.group(), "the Liquid expression '" + m.group() + "' cannot be converted; it was left as written",
                    "write out what it showed on the old site");
            return Matcher.quoteReplacement(m.group());
        });
    }

    private String tag(String whole, String name, String argument, Piece.Text piece, PostContext ctx) {
        switch (name) {
            case "post_url" -> {
                Optional<String> memo = ctx.run.memoUrl(argument);
                if (memo.isPresent()) {
                    ctx.run.linkRewritten();
                    return memo.get();
                }
                ctx.warnAt(piece, whole, "no post '" + argument + "' for " + whole, "the link was left as written; link the memo by hand");
                return whole;
            }
            case "link" -> {
                Optional<String> memo = ctx.run.memoUrl(argument);
                if (memo.isPresent()) {
                    ctx.run.linkRewritten();
                    return memo.get();
                }
                if (PostFiles.resolve(root, argument.replaceFirst("^/+", "")).filter(Files::isRegularFile).isPresent()) {
                    ctx.run.linkRewritten();
                    return "/" + argument.replaceFirst("^/+", "");
                }
                ctx.warnAt(piece, whole, "no file '" + argument + "' for " + whole, "the link was left as written");
                return whole;
            }
            case "include" -> {
                String[] parts = argument.split("\\s+", 2);
                if (FIGURE_INCLUDE.matcher(parts[0]).matches() && parts.length > 1) {
                    Map<String, String> attributes = attributes(parts[1]);
                    String path = attributes.getOrDefault("path", attributes.get("src"));
                    if (path != null) {
                        String caption = attributes.getOrDefault("caption", attributes.getOrDefault("title", attributes.getOrDefault("alt", "")));
                        return "![" + caption + "](" + path + ")";
                    }
                }
                ctx.warnAt(piece, whole, "the Liquid include '" + parts[0] + "' cannot be converted; it was left as written",
                        "replace it with what it showed, or remove it");
                return whole;
            }
            default -> {
                ctx.warnAt(piece, whole, "unknown Liquid tag '" + name + "'; it was left as written", "replace it with what it showed, or remove it");
                return whole;
            }
        }
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> out = new TreeMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            out.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4));
        }
        return out;
    }
}
