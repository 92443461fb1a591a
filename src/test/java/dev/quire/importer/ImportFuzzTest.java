package dev.quire.importer;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.quire.diag.Problems;
import dev.quire.importer.hugo.HugoBlog;
import dev.quire.importer.jekyll.JekyllBlog;
import dev.quire.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The importers' body converters (kramdown and Liquid for Jekyll, shortcodes for Hugo, TeX
 * environments and MathJax delimiters for both): any post body converts, its problems collected,
 * never an exception or a hang. The saved inputs beside this class run in every test run;
 * {@code bench/fuzz.sh} fuzzes for longer.
 */
class ImportFuzzTest {
    private static Path folder;
    private static FormulaCheck katex;
    private static BodyConverter converter;
    private static Blog jekyll;
    private static Blog hugo;

    @BeforeAll
    static void start() throws IOException, ImportException {
        folder = Files.createTempDirectory("quire-import-fuzz");
        TestSites.write(folder.resolve("jekyll"), "=== _posts/2020-01-05-other.md\n---\ntitle: Other\n---\nText.\n");
        TestSites.write(folder.resolve("hugo"), "=== hugo.toml\ntitle = \"x\"\n=== content/posts/other.md\n---\ntitle: Other\n---\nText.\n");
        katex = new FormulaCheck(Map.of());
        converter = new BodyConverter(new MathEmitter(katex));
        jekyll = JekyllBlog.read(folder.resolve("jekyll"), new Problems());
        hugo = HugoBlog.read(folder.resolve("hugo"), new Problems());
        convert(Dialect.JEKYLL, "$$x$$"); // starts the script engine outside the hang limit
    }

    @AfterAll
    static void stop() throws IOException {
        katex.close();
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @FuzzTest
    @DictionaryFile(resourcePath = "/dev/quire/importer/import.dict")
    void anyBodyConverts(FuzzedDataProvider data) {
        Dialect dialect = data.consumeBoolean() ? Dialect.JEKYLL : Dialect.HUGO;
        convert(dialect, data.consumeRemainingAsString());
    }

    private static String convert(Dialect dialect, String body) {
        Problems problems = new Problems();
        Blog blog = dialect == Dialect.JEKYLL ? jekyll : hugo;
        ImportRun run = new ImportRun(blog, dialect, problems);
        Post other = blog.posts().get(0);
        run.index.addPost(other.path(), other.slug());
        String text = "---\ntitle: T\n---\n" + body;
        Post post = new Post("post.md", text, Map.of(), body, text.length() - body.length(), "t", null, List.of(), List.of());
        return converter.convert(new PostContext(post, run)).body();
    }
}
