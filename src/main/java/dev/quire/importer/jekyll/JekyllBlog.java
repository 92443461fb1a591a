package dev.quire.importer.jekyll;

import dev.quire.diag.Problem;
import dev.quire.diag.Problems;
import dev.quire.importer.Blog;
import dev.quire.importer.ImportException;
import dev.quire.importer.Piece;
import dev.quire.importer.Post;
import dev.quire.importer.PostContext;
import dev.quire.importer.PostDates;
import dev.quire.importer.PostFiles;
import dev.quire.importer.SettingsFile;
import dev.quire.importer.Values;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Jekyll blog: {@code _config.yml}, the posts of {@code _posts/} ({@code YYYY-MM-DD-slug.md}
 * or {@code .markdown}) and of {@code _drafts/}, with kramdown's and Liquid's extensions.
 */
public final class JekyllBlog implements Blog {
    private static final Pattern POST_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+)\\.(?i:md|markdown|mkd|mkdn)");

    private final Path root;
    private final Map<String, Object> config;
    private final boolean hasConfig;
    private final List<Post> posts;
    private final Liquid liquid;

    private JekyllBlog(Path root, Map<String, Object> config, boolean hasConfig, List<Post> posts) {
        this.root = root;
        this.config = config;
        this.hasConfig = hasConfig;
        this.posts = posts;
        this.liquid = new Liquid(root);
    }

    public static JekyllBlog read(Path root, Problems problems) throws ImportException, IOException {
        Path postsDir = PostFiles.postsFolder(root, "_posts", "a Jekyll blog", "content", "hugo",
                "give the folder that holds _config.yml and _posts/");
        Path configFile = root.resolve("_config.yml");
        Map<String, Object> config = Files.isRegularFile(configFile)
                ? SettingsFile.read(configFile, "_config.yml", problems) : Map.of();
        PostFiles files = new PostFiles(root, problems);
        List<Post> posts = new ArrayList<>();
        for (Path file : files.markdown(postsDir)) {
            Matcher name = POST_NAME.matcher(file.getFileName().toString());
            if (!name.matches()) {
                problems.add(Problem.warning(files.relative(file), 0, 0,
                        "not imported: a post's file name must start with its date", "rename it YYYY-MM-DD-name.md", null));
                continue;
            }
            Optional<PostFiles.Read> read = files.read(file);
            if (read.isEmpty()) {
                continue;
            }
            PostFiles.Read r = read.get();
            LocalDate fileDate = PostDates.parse(name.group(1)).map(PostDates.PostDate::day).orElse(null);
            if (fileDate == null) {
                problems.add(Problem.warning(r.path(), 0, 0, "not imported: " + name.group(1) + " is not a date",
                        "rename it with the day it was published", null));
                continue;
            }
            String slug = PostFiles.slug(Values.string(r.values(), "slug").orElse(name.group(2)));
            PostDates.PostDate date = Values.string(r.values(), "date").flatMap(PostDates::parse)
                    .orElse(new PostDates.PostDate(fileDate, fileDate.toString()));
            List<String> urls = new ArrayList<>();
            urls.add(JekyllUrls.of(r.values(), config, name.group(2), date));
            urls.addAll(Values.list(r.values(), "redirect_from"));
            posts.add(new Post(r.path(), r.text(), r.values(), r.body(), r.bodyOffset(), slug, fileDate, List.of(), urls));
        }
        Path drafts = root.resolve("_drafts");
        if (Files.isDirectory(drafts)) {
            for (Path file : files.markdown(drafts)) {
                Optional<PostFiles.Read> read = files.read(file);
                if (read.isPresent()) {
                    posts.add(draft(read.get(), file));
                }
            }
        }
        return new JekyllBlog(root, config, Files.isRegularFile(configFile), posts);
    }

    /**
     * A post of {@code _drafts/}: never published, so it has no old URL, and it stays a draft.
     * Undated, it takes the day its file was last changed, as {@code jekyll serve --drafts} dates it.
     */
    private static Post draft(PostFiles.Read r, Path file) throws IOException {
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Matcher dated = POST_NAME.matcher(file.getFileName().toString());
        String name = dated.matches() ? dated.group(2) : stem;
        Map<String, Object> values = new LinkedHashMap<>(r.values());
        values.put("draft", true);
        LocalDate fileDate = dated.matches() ? PostDates.parse(dated.group(1)).map(PostDates.PostDate::day).orElse(null)
                : LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
        return new Post(r.path(), r.text(), values, r.body(), r.bodyOffset(),
                PostFiles.slug(Values.string(r.values(), "slug").orElse(name)), fileDate, List.of(), List.of());
    }

    @Override
    public String configPath() {
        return hasConfig ? "_config.yml" : null;
    }

    @Override
    public Settings settings() {
        Object author = config.get("author");
        String name = author instanceof Map<?, ?> ? Values.string(Values.map(config, "author"), "name").orElse("")
                : Values.string(config, "author").orElse("");
        String url = Values.string(config, "url").orElse("") + Values.string(config, "baseurl").orElse("");
        return new Settings(Values.string(config, "title").orElse(""), name, Values.string(config, "description").orElse(""),
                url, Values.string(config, "lang").orElse(""));
    }

    @Override
    public String summaryDivider() {
        return Values.string(config, "excerpt_separator").filter(d -> !d.isBlank()).orElse("<!--more-->");
    }

    @Override
    public boolean mathPassesThrough() {
        return true;
    }

    @Override
    public List<Post> posts() {
        return posts;
    }

    @Override
    public Optional<LocalFile> localFile(String url, Post post) {
        String path = PostFiles.urlPath(url).replaceFirst("^(\\.\\./|\\./)+", "").replaceFirst("^/+", "");
        Path file = PostFiles.resolve(root, path).orElse(null);
        if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(new LocalFile(file, root.relativize(file).toString().replace('\\', '/')));
    }

    @Override
    public Map<String, Path> staticFiles() {
        return Map.of();
    }

    @Override
    public String convert(Piece.Text text, PostContext context) {
        return Kramdown.convert(liquid.convert(text, context), text, context);
    }
}
