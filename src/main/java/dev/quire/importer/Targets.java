package dev.quire.importer;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Link and image addresses in converted text: a local image goes into the memo's bundle and is
 * referred to by its name there; a link to a post's old URL becomes a link to its memo (so it
 * counts for "Referenced by"); another local file (a PDF) is published where it was. Addresses
 * outside the blog are left alone.
 */
final class Targets {
    private static final Pattern MARKDOWN = Pattern.compile(
            "(!?)\\[((?:[^\\[\\]\\n]|\\[[^\\]\\n]*])*)]\\(\\s*<?([^)\\s>]+)>?((?:\\s+\"[^\"]*\")?\\s*)\\)");
    private static final Pattern HTML = Pattern.compile("<(img|a)\\b[^>]*?\\b(src|href)\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern REMOTE = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//|#)");
    private static final Pattern IMAGE = Pattern.compile("(?i).*\\.(png|jpe?g|gif|svg|webp|avif)$");

    private Targets() {
    }

    static String rewrite(String text, Piece.Text piece, PostContext ctx) {
        Matcher m = MARKDOWN.matcher(text);
        String out = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + "[" + r.group(2) + "]("
                + target(r.group(3), !r.group(1).isEmpty(), piece, ctx) + r.group(4) + ")"));
        Matcher h = HTML.matcher(out);
        return h.replaceAll(r -> Matcher.quoteReplacement(r.group().substring(0, r.start(3) - r.start())
                + target(r.group(3), r.group(1).equals("img"), piece, ctx) + r.group().substring(r.end(3) - r.start())));
    }

    private static String target(String url, boolean image, Piece.Text piece, PostContext ctx) {
        if (REMOTE.matcher(url).find()) {
            return url;
        }
        Optional<String> memo = ctx.run.index.url(url);
        if (memo.isPresent() && !image) {
            ctx.run.tally.links++;
            int hash = url.indexOf('#');
            return "/memos/" + memo.get() + "/" + (hash < 0 ? "" : url.substring(hash));
        }
        String path = url.replaceFirst("[?#].*$", "");
        boolean media = IMAGE.matcher(path).matches();
        if (!image && (!path.contains(".") || path.endsWith(".html") || path.endsWith("/"))) {
            return url; // a page of the old site that no post was: its own redirect or nothing can help
        }
        Optional<Blog.LocalFile> file = ctx.run.blog.localFile(path, ctx.post);
        if (file.isEmpty()) {
            ctx.warnAt(piece, url, (image ? "image" : "linked file") + " '" + url + "' is not in the blog",
                    "the address was left as written; put the file in the memo's folder and link it by name");
            return url;
        }
        if (image || media || file.get().sitePath() == null) {
            return bundleName(file.get().file(), media, ctx);
        }
        ctx.run.staticFiles.putIfAbsent(file.get().sitePath(), file.get().file());
        return "/" + file.get().sitePath();
    }

    /** The file's name in the bundle; a different file already under that name gets its folder's name in front. */
    private static String bundleName(Path file, boolean media, PostContext ctx) {
        String name = file.getFileName().toString();
        Path taken = ctx.bundleFiles.get(name);
        if (taken != null && !taken.equals(file) && file.getParent() != null && file.getParent().getFileName() != null) {
            name = file.getParent().getFileName().toString().toLowerCase(Locale.ROOT) + "-" + name;
        }
        if (ctx.bundleFiles.put(name, file) == null && media) {
            ctx.run.tally.images++;
        }
        return name;
    }
}
