package dev.quire.theme;

import dev.quire.cache.CodeVersion;
import dev.quire.cache.RenderCache;
import dev.quire.diag.Problems;
import gg.jte.CodeResolver;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The template engine of a site that replaces templates: the default theme's sources and the
 * site's overrides compiled together at run time with jte's compiler, since a built-in page
 * template calls its partials directly and would never see a replaced one otherwise. A site
 * without overrides never gets here; it renders with the classes precompiled into the jar.
 *
 * <p>Compiling costs seconds (javac), so the classes are kept in the site's cache folder under a
 * key hashed from the overrides' text and Quire's own code, and loaded from there while neither
 * changes; within one process (a {@code serve} session, a test run) the engine itself is kept.
 */
public final class ThemeTemplates {
    /** Apart from the precompiled theme's package, so that a class never resolves to the built-in one. */
    static final String PACKAGE = "dev.quire.theme.compiled";
    private static final String DONE = "compiled";
    /** The engines compiled in this process, the most recent few: each edit of a template in {@code serve} makes one. */
    private static final Map<String, TemplateEngine> ENGINES = Collections.synchronizedMap(new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TemplateEngine> eldest) {
            return size() > 4;
        }
    });

    private ThemeTemplates() {
    }

    /**
     * An engine that renders the overrides in place of the built-in templates; empty, with the
     * errors reported at their place in {@code theme/templates/}, when they do not compile.
     *
     * @param cacheDir the site's cache folder, or null to keep the classes in a temporary folder
     */
    public static Optional<TemplateEngine> compile(TemplateOverrides overrides, Path cacheDir, Problems problems) {
        String key = key(overrides);
        TemplateEngine known = ENGINES.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            Path classes = cacheDir == null ? temporaryClasses(key) : cacheDir.resolve("templates").resolve(key);
            if (!Files.exists(classes.resolve(DONE))) {
                Path work = Files.createDirectories(classes.getParent()).resolve(key + ".tmp" + ProcessHandle.current().pid());
                delete(work);
                try {
                    compileInto(overrides, work);
                } catch (TemplateException e) {
                    problems.add(TemplateErrors.of(e, overrides));
                    delete(work);
                    return Optional.empty();
                }
                Files.writeString(work.resolve(DONE), key + "\n");
                publish(work, classes);
            }
            TemplateEngine engine = TemplateEngine.createPrecompiled(classes, ContentType.Html,
                    ThemeTemplates.class.getClassLoader(), PACKAGE);
            ENGINES.put(key, engine);
            return Optional.of(engine);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the compiled theme templates", e);
        }
    }

    private static void compileInto(TemplateOverrides overrides, Path work) {
        TemplateEngine compiler = TemplateEngine.create(new Resolver(overrides), work, ContentType.Html,
                ThemeTemplates.class.getClassLoader(), PACKAGE);
        compiler.setTrimControlStructures(true); // as the jte-maven-plugin compiles the built-in theme
        compiler.precompileAll();
    }

    /** Moves a finished compilation into place; another process that got there first wins, with the same classes. */
    private static void publish(Path work, Path classes) throws IOException {
        try {
            Files.move(work, classes, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
            if (!Files.exists(classes.resolve(DONE))) {
                delete(classes);
                Files.move(work, classes);
            } else {
                delete(work);
            }
        }
    }

    /** The overrides' names and text and Quire's code (the built-in sources ship in it). */
    static String key(TemplateOverrides overrides) {
        StringBuilder all = new StringBuilder("jte-overrides\0").append(CodeVersion.current()).append('\0');
        overrides.sources().forEach((name, text) -> all.append(name).append('\0').append(text).append('\0'));
        return RenderCache.key(all.toString());
    }

    private static Path temporaryClasses(String key) throws IOException {
        Path dir = Files.createTempDirectory("quire-templates");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                delete(dir);
            } catch (IOException e) {
                // a temporary folder left behind
            }
        }));
        return dir.resolve(key);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The site's template by a name first, then the built-in one: Hugo's lookup order. */
    private static final class Resolver implements CodeResolver {
        private final TemplateOverrides overrides;

        Resolver(TemplateOverrides overrides) {
            this.overrides = overrides;
        }

        @Override
        public String resolve(String name) {
            String own = overrides.sources().get(name);
            return own != null ? own : BuiltinTemplates.source(name).orElse(null);
        }

        @Override
        public long getLastModified(String name) {
            return 0; // compiled once per key; never reloaded in place
        }

        @Override
        public List<String> resolveAllTemplateNames() {
            List<String> names = new ArrayList<>(BuiltinTemplates.names());
            overrides.sources().keySet().stream().filter(n -> !names.contains(n)).forEach(names::add);
            return names;
        }
    }
}
