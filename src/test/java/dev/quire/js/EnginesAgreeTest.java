package dev.quire.js;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.cache.RenderCache;
import dev.quire.highlight.CodeHighlighter;
import dev.quire.math.MathRenderer;
import dev.quire.output.MemorySink;
import dev.quire.pipeline.BuildOptions;
import dev.quire.pipeline.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * V8 and GraalJS give the same bytes: the math corpora (every formula of {@code math/corpus.tex}
 * and {@code import/mathjax-corpus.tex}, rendered or rejected with the same message and position)
 * and the code corpora (every fenced block of {@code highlight/corpus.md}, one or more per
 * language researchers write, of the spec files and of the example site), rendered by each engine; and the whole example site built with each.
 */
class EnginesAgreeTest {
    static final Map<String, String> MACROS = Map.of(
            "\\R", "\\mathbb{R}", "\\E", "\\mathbb{E}", "\\norm", "\\left\\lVert #1 \\right\\rVert",
            "\\KL", "\\operatorname{KL}", "\\argmin", "\\operatorname*{arg\\,min}");
    private static final Pattern FENCE = Pattern.compile("(?m)^(`{3,})([a-zA-Z0-9_+#.-]+)[^\\n]*\\n(.*?)^\\1\\s*$", Pattern.DOTALL);

    static List<String> formulas() throws IOException {
        List<String> all = new ArrayList<>();
        for (String file : List.of("src/test/resources/math/corpus.tex", "src/test/resources/import/mathjax-corpus.tex")) {
            String text = Files.readString(Path.of(file)).lines().filter(l -> !l.startsWith("%")).collect(Collectors.joining("\n"));
            Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(f -> !f.isEmpty()).forEach(all::add);
        }
        return all;
    }

    /** Language and code of every fenced block with a language in the spec files and the example site. */
    static List<String[]> codeBlocks() throws IOException {
        List<String[]> blocks = new ArrayList<>();
        try (Stream<Path> files = Stream.of("src/test/resources/highlight", "src/test/resources/spec", "example/memos")
                .flatMap(EnginesAgreeTest::walk)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = FENCE.matcher(Files.readString(f));
                while (m.find()) {
                    blocks.add(new String[] {CodeHighlighter.language(m.group(2)), m.group(3)});
                }
            }
        }
        return blocks;
    }

    private static Stream<Path> walk(String dir) {
        try {
            return Files.walk(Path.of(dir));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> renderMath(JsEngineKind kind, List<String> formulas) {
        try (JsEngine js = new JsEngine(kind)) {
            MathRenderer math = new MathRenderer(js, RenderCache.none(), MACROS);
            List<String> out = new ArrayList<>();
            for (String tex : formulas) {
                out.add(tex + " => " + math.render(tex, true));
            }
            assertThat(js.engineName()).isEqualTo(kind == JsEngineKind.V8 ? "V8" : "GraalJS");
            return out;
        }
    }

    private static List<String> highlight(JsEngineKind kind, List<String[]> blocks) {
        try (JsEngine js = new JsEngine(kind)) {
            CodeHighlighter highlighter = new CodeHighlighter(js, RenderCache.none());
            List<String> out = new ArrayList<>();
            for (String[] block : blocks) {
                out.add(block[0] + ": " + highlighter.highlight(block[1], block[0]).orElse("(plain) " + block[1]));
            }
            assertThat(js.engineName()).isEqualTo(kind == JsEngineKind.V8 ? "V8" : "GraalJS");
            return out;
        }
    }

    @Test
    void theMathCorporaRenderTheSameInBothEngines() throws IOException {
        List<String> formulas = formulas();
        assertThat(formulas).hasSizeGreaterThan(300);
        List<String> v8 = renderMath(JsEngineKind.V8, formulas);
        assertThat(v8).anyMatch(r -> r.contains("Invalid[message=")).anyMatch(r -> r.contains("Rendered[html="));
        assertThat(v8).containsExactlyElementsOf(renderMath(JsEngineKind.GRAALJS, formulas));
    }

    @Test
    void theCodeCorpusHighlightsTheSameInBothEngines() throws IOException {
        List<String[]> blocks = codeBlocks();
        assertThat(blocks).hasSizeGreaterThan(45);
        assertThat(blocks.stream().map(b -> b[0]).distinct().count()).isGreaterThan(25);
        List<String> v8 = highlight(JsEngineKind.V8, blocks);
        assertThat(v8).anyMatch(r -> r.startsWith("python: ") && r.contains("hljs-title function_"));
        assertThat(v8).containsExactlyElementsOf(highlight(JsEngineKind.GRAALJS, blocks));
    }

    @Test
    void theExampleSiteIsTheSameBytesWhicheverEngineRan() throws Exception {
        Path example = Path.of("example").toAbsolutePath();
        Map<String, byte[]> v8 = build(example, JsEngineKind.V8);
        Map<String, byte[]> graal = build(example, JsEngineKind.GRAALJS);
        assertThat(v8.keySet()).isEqualTo(graal.keySet());
        for (String path : v8.keySet()) {
            assertThat(new String(v8.get(path), java.nio.charset.StandardCharsets.UTF_8)).as(path)
                    .isEqualTo(new String(graal.get(path), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static Map<String, byte[]> build(Path site, JsEngineKind kind) throws Exception {
        MemorySink sink = new MemorySink();
        new SiteBuilder().build(new BuildOptions(site, site.resolve("_site"), false, null, kind), sink);
        return sink.files();
    }
}
