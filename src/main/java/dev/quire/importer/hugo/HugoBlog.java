package dev.quire.importer.hugo;

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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A Hugo site: its settings ({@code hugo.toml}, {@code .yaml} or {@code .json}, or the older
 * {@code config.*}, also under {@code config/_default/}), the pages of each section of
 * {@code content/} (a file, or a page bundle: a folder with {@code index.md} and its resources),
 * and {@code static/}, published as it is.
 */
public final class HugoBlog implements Blog {
    private static final List<String> CONFIGS = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml",
            "config.yaml", "config.yml", "config.json", "config/_default/hugo.toml", "config/_default/config.toml",
            "config/_default/hugo.yaml", "config/_default/config.yaml");

    private final Path root;
    private final String configPath;
    private final Map<String, Object> config;
    private final List<Post> posts;

    private HugoBlog(Path root, String configPath, Map<String, Object> config, List<Post> posts) {
        this.root = root;
        this.configPath = configPath;
        this.config = config;
        this.posts = posts;
    }

    public static HugoBlog read(Path root, Problems problems) throws ImportException, IOException {
        Path content = PostFiles.postsFolder(root, "content", "a Hugo site", "_posts", "jekyll",
                "give the folder that holds hugo.toml and content/");
        String configPath = CONFIGS.stream().filter(c -> Files.isRegularFile(root.resolve(c))).findFirst().orElse(null);
        Map<String, Object> config = configPath == null ? Map.of() : SettingsFile.read(root.resolve(configPath), configPath, problems);
        PostFiles files = new PostFiles(root, problems);
        List<Post> posts = new ArrayList<>();
        for (Path file : files.markdown(content)) {
            String name = file.getFileName().toString();
            boolean bundle = name.matches("index\\.(md|markdown)");
            if (name.startsWith("_index.")) {
                continue; // a section's list page, not a post
            }
            Path folder = bundle ? file.getParent() : file;
            String section = content.relativize(folder.getParent()).toString().replace('\\', '/');
            if (section.isEmpty()) {
                problems.add(Problem.warning(files.relative(file), 0, 0, "not imported: a page outside any section is not a post",
                        "Quire publishes memos; copy what this page says into quire.yml's intro, or into a memo", null));
                continue;
            }
            Optional<PostFiles.Read> read = files.read(file);
            if (read.isEmpty()) {
                continue;
            }
            PostFiles.Read r = read.get();
            String stem = bundle ? folder.getFileName().toString() : name.replaceFirst("\\.[^.]+$", "");
            PostDates.PostDate date = Values.string(r.values(), "date").or(() -> Values.string(r.values(), "publishDate"))
                    .flatMap(PostDates::parse).orElse(null);
            String slug = PostFiles.slug(Values.string(r.values(), "slug").orElse(stem));
            posts.add(new Post(r.path(), r.text(), r.values(), r.body(), r.bodyOffset(), slug, date == null ? null : date.day(),
                    bundle ? resources(folder, file) : List.of(), HugoUrls.of(r.values(), config, section, stem, date)));
        }
        return new HugoBlog(root, configPath, config, posts);
    }

    private static List<Path> resources(Path folder, Path index) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.equals(index)).sorted().toList();
        }
    }

    @Override
    public String configPath() {
        return configPath;
    }

    @Override
    public Settings settings() {
        Map<String, Object> params = Values.map(config, "params");
        Object author = params.containsKey("author") ? params.get("author") : config.get("author");
        String name = author instanceof Map<?, ?> ? Values.string(params.containsKey("author") ? Values.map(params, "author")
                : Values.map(config, "author"), "name").orElse("") : author == null ? "" : String.valueOf(author);
        String tagline = Values.string(params, "description").or(() -> Values.string(params, "subtitle"))
                .or(() -> Values.string(config, "description")).orElse("");
        String language = Values.string(config, "languageCode").or(() -> Values.string(config, "defaultContentLanguage")).orElse("");
        return new Settings(Values.string(config, "title").orElse(""), name, tagline,
                Values.string(config, "baseURL").or(() -> Values.string(config, "baseurl")).orElse(""), language);
    }

    @Override
    public String summaryDivider() {
        return "<!--more-->";
    }

    @Override
    public boolean mathPassesThrough() {
        Map<String, Object> goldmark = Values.map(Values.map(config, "markup"), "goldmark");
        return Values.bool(Values.map(Values.map(goldmark, "extensions"), "passthrough"), "enable").orElse(false);
    }

    @Override
    public List<Post> posts() {
        return posts;
    }

    @Override
    public Optional<LocalFile> localFile(String url, Post post) {
        String path = PostFiles.urlPath(url);
        if (!path.startsWith("/")) {
            Optional<Path> file = PostFiles.resolve(root.resolve(post.path()).getParent(), path);
            if (file.isPresent() && post.resources().contains(file.get())) {
                return Optional.of(new LocalFile(file.get(), null)); // a resource of the page bundle
            }
        }
        Path statics = root.resolve("static");
        Path file = PostFiles.resolve(statics, path.replaceFirst("^/+", "")).orElse(null);
        if (file != null && file.startsWith(statics) && Files.isRegularFile(file)) {
            return Optional.of(new LocalFile(file, statics.relativize(file).toString().replace('\\', '/')));
        }
        return Optional.empty();
    }

    @Override
    public Map<String, Path> staticFiles() {
        Path statics = root.resolve("static");
        Map<String, Path> out = new TreeMap<>();
        if (Files.isDirectory(statics)) {
            try (Stream<Path> walk = Files.walk(statics)) {
                walk.filter(Files::isRegularFile).forEach(p -> out.put(statics.relativize(p).toString().replace('\\', '/'), p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    @Override
    public String convert(Piece.Text text, PostContext context) {
        return Shortcodes.convert(text, context);
    }
}
