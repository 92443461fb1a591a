package dev.quire.importer;

import dev.quire.diag.Problem;
import dev.quire.diag.Problems;
import dev.quire.importer.hugo.HugoBlog;
import dev.quire.importer.jekyll.JekyllBlog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code quire import}: reads a Jekyll or Hugo blog and writes a Quire site beside it. The blog's
 * folder is only read. Steps, in this order because each needs the one before: read the posts
 * and give each a unique slug; index their paths and old URLs (links between posts need every
 * slug); gather the macros of every post (each formula is checked with all of them); convert
 * each post; plan the redirects (they must not land on a file the posts publish); write.
 *
 * <p>Usage: {@code new Importer().run(Dialect.JEKYLL, blog, out, Progress.silent())}
 */
public final class Importer {

    public ImportReport run(Dialect dialect, Path source, Path output, Progress progress) throws ImportException, IOException {
        Path src = source.toAbsolutePath().normalize();
        Path out = output.toAbsolutePath().normalize();
        checkFolders(src, out);
        Problems problems = new Problems();
        Blog blog = dialect == Dialect.JEKYLL ? JekyllBlog.read(src, problems) : HugoBlog.read(src, problems);
        if (blog.posts().isEmpty()) {
            throw new ImportException(src + ": error: no post to import" + (problems.sorted().isEmpty() ? ""
                    : ": " + problems.sorted().get(0).location() + ": " + problems.sorted().get(0).message()),
                    dialect == Dialect.JEKYLL ? "posts are _posts/YYYY-MM-DD-name.md files that start with a front matter"
                            : "posts are Markdown files in the sections of content/ (content/posts/name.md)", false);
        }
        ImportRun run = new ImportRun(blog, dialect, problems);
        List<Post> posts = uniqueSlugs(blog.posts(), run);
        for (Post post : posts) {
            run.index.addPost(post.path(), post.slug());
            post.oldUrls().forEach(url -> run.index.addUrl(url, post.slug()));
        }
        for (Post post : posts) {
            BodyScanner.scan(dialect, blog.mathPassesThrough(), post.body()).stream().filter(Piece.Math.class::isInstance)
                    .flatMap(math -> MathEmitter.definitions((Piece.Math) math).stream()).forEach(run.macros::add);
        }
        List<SiteWriter.MemoFile> memos = new ArrayList<>();
        try (FormulaCheck check = new FormulaCheck(run.macros.all())) {
            BodyConverter converter = new BodyConverter(new MathEmitter(check));
            for (int i = 0; i < posts.size(); i++) {
                progress.post(i + 1, posts.size());
                memos.add(memo(new PostContext(posts.get(i), run), converter));
            }
        } finally {
            progress.done();
        }
        Map<String, Path> staticFiles = new TreeMap<>(run.staticFiles);
        blog.staticFiles().forEach((path, file) -> {
            if (Redirects.quireOwns(path)) {
                problems.add(Problem.warning("static/" + path, 0, 0,
                        "static/" + path + " was not copied: Quire's own build writes that file", null, null));
            } else {
                staticFiles.putIfAbsent(path, file);
            }
        });
        Redirects redirects = redirects(posts, run, staticFiles.keySet());
        String settings = SettingsWriter.write(blog.settings(), src.getFileName().toString(), run.macros.all());
        new SiteWriter(out).write(settings, memos, staticFiles, redirects.pages());
        run.tally.posts = posts.size();
        run.tally.macros = run.macros.size();
        run.tally.staticFiles = staticFiles.size();
        return new ImportReport(out, problems.sorted(), run.tally.summary());
    }

    private static SiteWriter.MemoFile memo(PostContext ctx, BodyConverter converter) {
        BodyConverter.Converted converted = converter.convert(ctx);
        MemoFrontMatter.Written frontMatter = MemoFrontMatter.write(ctx, converted.abstractText());
        String text = frontMatter.text() + converted.body();
        if (!ctx.bundleFiles.isEmpty()) {
            ctx.run.tally.bundles++;
            return new SiteWriter.MemoFile("memos/" + ctx.post.slug() + "/index.md", text, Map.copyOf(ctx.bundleFiles));
        }
        String prefix = frontMatter.day().isEmpty() ? "" : frontMatter.day() + "-";
        return new SiteWriter.MemoFile("memos/" + prefix + ctx.post.slug() + ".md", text, Map.of());
    }

    /** A slug two posts share is given a number by the later one, which is reported. */
    private static List<Post> uniqueSlugs(List<Post> posts, ImportRun run) {
        Set<String> seen = new HashSet<>();
        List<Post> out = new ArrayList<>();
        for (Post post : posts) {
            String slug = post.slug();
            for (int n = 2; !seen.add(slug); n++) {
                slug = post.slug() + "-" + n;
            }
            if (!slug.equals(post.slug())) {
                new PostContext(post, run).warnFrontMatter("slug", "another post already has the slug '" + post.slug()
                        + "'; this one becomes '" + slug + "'", "give it a slug of its own in the memo's front matter");
            }
            out.add(post.withSlug(slug));
        }
        return out;
    }

    private static Redirects redirects(List<Post> posts, ImportRun run, Set<String> staticFiles) {
        Redirects redirects = new Redirects();
        String base = SettingsWriter.baseUrl(run.blog.settings());
        for (Post post : posts) {
            String memoUrl = "/memos/" + post.slug() + "/";
            String title = Values.string(post.frontMatter(), "title").orElse(post.slug());
            for (String url : post.oldUrls()) {
                if (Redirects.file(url).equals(memoUrl.substring(1) + "index.html")) {
                    continue; // the memo is where the post was
                }
                var conflict = redirects.conflict(url, staticFiles);
                if (conflict.isPresent()) {
                    new PostContext(post, run).warnFrontMatter(urlKey(post, url),
                            "no redirect from the old URL " + url + ": " + conflict.get(), "links to the old URL will break; link to " + memoUrl);
                    continue;
                }
                redirects.add(url, post.path(), title, memoUrl, base.isEmpty() ? memoUrl : base + memoUrl.substring(1));
                run.tally.redirects++;
            }
        }
        return redirects;
    }

    /** The front matter key an old URL came from, for the warning's position: its own permalink, or one of its aliases. */
    private static String urlKey(Post post, String url) {
        boolean first = post.oldUrls().get(0).equals(url);
        for (String key : first ? List.of("permalink", "url") : List.of("aliases", "redirect_from")) {
            if (post.frontMatter().containsKey(key)) {
                return key;
            }
        }
        return "title";
    }

    private static void checkFolders(Path src, Path out) throws ImportException, IOException {
        if (!Files.isDirectory(src)) {
            throw new ImportException(src + ": error: no such folder", "give the folder of the blog: quire import jekyll ~/my-blog", true);
        }
        if (out.startsWith(src)) {
            throw new ImportException(out + ": error: the output folder is inside the blog",
                    "the blog is never written to: choose a folder outside it with -o", true);
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve("quire.yml"))) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new ImportException(out + ": error: the output folder is not empty and is not a Quire site",
                            "choose a new folder with -o; nothing was written", false);
                }
            }
        }
    }
}
