package dev.quire.config;

import dev.quire.config.SiteConfig.MathSettings;
import dev.quire.config.SiteConfig.Principle;
import dev.quire.config.SiteConfig.Link;
import dev.quire.config.SiteConfig.SectionText;
import dev.quire.config.SiteConfig.ThemeSettings;
import dev.quire.config.SiteConfig.Sections;
import dev.quire.cite.CitationStyles;
import dev.quire.diag.DidYouMean;
import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import dev.quire.js.JsEngineKind;
import dev.quire.source.SiteLayout;
import dev.quire.source.TextFiles;
import dev.quire.yaml.YamlMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads {@code quire.yml} into a {@link SiteConfig}. Every key is optional except {@code title};
 * unknown keys are warnings with a suggestion, wrong shapes are errors at their position.
 */
public final class ConfigLoader {
    public static final String FILE = "quire.yml";

    private static final List<String> KEYS = List.of("title", "author", "role", "tagline", "intro", "base_url",
            "language", "focus", "format", "format_tagline", "latest", "sections", "home", "math", "citation_style",
            "js_engine", "stylesheets", "head", "avatar", "links",
            // pages, menu, publications and revisions
            "menu", "publications", "updated_from_git");
    private static final List<String> SECTION_KEYS = List.of("format", "focus", "latest", "archive", "topic_log");

    private ConfigLoader() {
    }

    /** Reads the site's {@code quire.yml}; empty, with the problem reported, when it is missing or invalid. */
    public static Optional<SiteConfig> load(SiteLayout layout, Problems problems) {
        Path file = layout.config();
        if (!Files.isRegularFile(file)) {
            problems.error(FILE, "no quire.yml in " + layout.root(),
                    "is this the site folder? Pass it with -s DIR, or start a site with 'quire new site DIR'");
            return Optional.empty();
        }
        try {
            return TextFiles.decode(FILE, Files.readAllBytes(file), problems)
                    .flatMap(text -> parse(text, problems));
        } catch (IOException e) {
            problems.error(FILE, "cannot read quire.yml: " + e.getMessage(), null);
            return Optional.empty();
        }
    }

    /** Parses the text of {@code quire.yml}; empty when it has errors, which are reported. */
    public static Optional<SiteConfig> parse(String text, Problems problems) {
        long errorsBefore = problems.errorCount();
        SourceText source = new SourceText(FILE, text);
        Optional<YamlMap> parsed = YamlMap.parse(source, text, 1, problems, FILE);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMap yaml = parsed.get();
        yaml.warnUnknownKeys(KEYS, FILE);
        Optional<String> title = yaml.string("title");
        if (title.isEmpty() || title.get().isBlank()) {
            yaml.errorAtStart("quire.yml has no 'title'", "add a line such as 'title: Research notes'");
        }
        String author = yaml.string("author").orElse("");
        String baseUrl = yaml.string("base_url").map(ConfigLoader::withTrailingSlash).orElse("/");
        if (!baseUrl.equals("/") && !baseUrl.matches("https?://[^\\s/]+/.*")) {
            yaml.errorAt("base_url", "'base_url' must be an absolute http(s) address",
                    "for example 'base_url: https://notes.example.org/'");
        }
        List<Principle> format = yaml.mapList("format").stream()
                .map(p -> new Principle(p.string("title").orElse(""), p.string("text").orElse("")))
                .toList();
        SiteConfig config = new SiteConfig(
                title.orElse(""),
                author,
                yaml.string("role").orElse(""),
                yaml.string("tagline").orElse(""),
                yaml.string("intro").orElse(""),
                baseUrl,
                yaml.string("language").orElse("en"),
                yaml.stringList("focus"),
                format,
                yaml.stringList("format_tagline"),
                yaml.positiveInt("latest").orElse(7),
                sections(yaml),
                HomeSettingsReader.read(yaml),
                math(yaml),
                citationStyle(yaml),
                PageSettings.menu(yaml),
                PageSettings.publications(yaml),
                yaml.bool("updated_from_git").orElse(false),
                jsEngine(yaml),
                theme(yaml));
        return problems.errorCount() > errorsBefore ? Optional.empty() : Optional.of(config);
    }

    /** The CSL style by name; an unknown one is an error with the closest known names. */
    private static String citationStyle(YamlMap yaml) {
        Optional<String> style = yaml.string("citation_style").map(String::strip);
        if (style.isPresent() && !CitationStyles.exists(style.get())) {
            yaml.errorAt("citation_style", "unknown citation style '" + style.get() + "'",
                    DidYouMean.hint(style.get(), CitationStyles.names(),
                            "use a style of the CSL repository by name, e.g. apa, ieee, nature, chicago-author-date"));
        }
        return style.filter(CitationStyles::exists).orElse(CitationStyles.DEFAULT);
    }

    /** {@code js_engine: auto | v8 | graaljs}: which engine runs KaTeX and highlight.js; the output is the same. */
    private static JsEngineKind jsEngine(YamlMap yaml) {
        Optional<String> given = yaml.string("js_engine");
        Optional<JsEngineKind> kind = given.flatMap(JsEngineKind::named);
        if (given.isPresent() && kind.isEmpty()) {
            yaml.errorAt("js_engine", "unknown JavaScript engine '" + given.get() + "'",
                    "write 'js_engine: auto' (V8 where it loads, else GraalJS), 'v8' or 'graaljs'");
        }
        return kind.orElse(JsEngineKind.AUTO);
    }

    /** {@code stylesheets:}, {@code head:}, {@code avatar:} and {@code links:}: the theme made the site's own. */
    private static ThemeSettings theme(YamlMap yaml) {
        List<String> stylesheets = yaml.stringList("stylesheets").stream().map(ConfigLoader::sitePath).toList();
        for (String css : stylesheets) {
            if (css.contains("://") || css.startsWith("//")) {
                yaml.errorAt("stylesheets", "'" + css + "' is not a file of the site",
                        "a page requests nothing from elsewhere: put the stylesheet in theme/assets/ and name it 'assets/NAME.css'");
            }
        }
        List<Link> links = new java.util.ArrayList<>();
        for (YamlMap link : yaml.mapList("links")) {
            link.warnUnknownKeys(List.of("label", "url"), "a link");
            String label = link.string("label").orElse("").strip();
            String url = link.string("url").orElse("").strip();
            if (label.isEmpty() || !url.matches("(https?://|mailto:)\\S+")) {
                yaml.errorAt("links", "each link needs a 'label' and an absolute 'url'",
                        "for example '- {label: ORCID, url: https://orcid.org/0000-0002-1825-0097}'");
            } else {
                links.add(new Link(label, url));
            }
        }
        return new ThemeSettings(stylesheets, yaml.string("head").orElse(""),
                yaml.string("avatar").map(ConfigLoader::sitePath).orElse(""), List.copyOf(links));
    }

    /** "/assets/x.css" and "assets/x.css" name the same file of the site. */
    private static String sitePath(String path) {
        String p = path.strip();
        return p.startsWith("/") && !p.startsWith("//") ? p.substring(1) : p;
    }

    private static Sections sections(YamlMap yaml) {
        Optional<YamlMap> given = yaml.map("sections");
        given.ifPresent(s -> s.warnUnknownKeys(SECTION_KEYS, "'sections'"));
        return new Sections(
                section(given, "format", "Format"),
                section(given, "focus", "Recent focus"),
                section(given, "latest", "Latest"),
                section(given, "archive", "Archive"),
                section(given, "topic_log", "Topic log"));
    }

    /** {@code math: {macros: {"\\R": "\\mathbb{R}"}}}: each name a backslash and a command, each value TeX. */
    private static MathSettings math(YamlMap yaml) {
        Optional<YamlMap> math = yaml.map("math");
        math.ifPresent(m -> m.warnUnknownKeys(List.of("macros"), "'math'"));
        Map<String, String> macros = new TreeMap<>();
        math.flatMap(m -> m.map("macros")).ifPresent(given -> {
            for (String name : given.keys()) {
                if (!name.matches("\\\\(?:[A-Za-z]+|[^A-Za-z\\s])")) {
                    given.errorAtKey(name, "'" + name + "' is not a TeX command name",
                            "a macro's name is a backslash and letters, quoted: '\"\\\\R\": \"\\\\mathbb{R}\"'");
                } else {
                    given.string(name).ifPresent(tex -> macros.put(name, tex));
                }
            }
        });
        return new MathSettings(java.util.Collections.unmodifiableMap(macros));
    }

    private static SectionText section(Optional<YamlMap> sections, String key, String defaultTitle) {
        Optional<YamlMap> one = sections.flatMap(s -> s.map(key));
        return new SectionText(
                one.flatMap(s -> s.string("title")).orElse(defaultTitle),
                one.flatMap(s -> s.string("intro")).orElse(""));
    }

    private static String withTrailingSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
