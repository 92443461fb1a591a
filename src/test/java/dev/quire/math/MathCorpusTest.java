package dev.quire.math;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.cache.RenderCache;
import dev.quire.diag.Problem;
import dev.quire.markdown.BodyContext;
import dev.quire.markdown.MarkdownRenderer;
import dev.quire.js.JsEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The math corpus ({@code math/corpus.tex}): formulas of the kinds researchers write — aligned
 * equations, cases, matrices, operators, blackboard and calligraphic letters, norms, big
 * operators, accents, macros — each rendered by KaTeX without error into HTML and MathML. And a
 * handful of invalid formulas, each reported at its position in the memo with KaTeX's message.
 */
class MathCorpusTest {
    static final Map<String, String> MACROS = Map.of(
            "\\R", "\\mathbb{R}",
            "\\E", "\\mathbb{E}",
            "\\norm", "\\left\\lVert #1 \\right\\rVert",
            "\\KL", "\\operatorname{KL}",
            "\\argmin", "\\operatorname*{arg\\,min}");

    private static JsEngine js;
    private static MathRenderer math;
    private static MarkdownRenderer renderer;

    @BeforeAll
    static void start() {
        js = new JsEngine();
        math = new MathRenderer(js, RenderCache.none(), MACROS);
        renderer = new MarkdownRenderer();
    }

    @AfterAll
    static void stop() {
        js.close();
        renderer.close();
    }

    static List<String> corpus() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/math/corpus.tex"));
        String withoutComments = text.lines().filter(line -> !line.startsWith("%")).collect(Collectors.joining("\n"));
        return Arrays.stream(withoutComments.split("\\n\\s*\\n")).map(String::strip).filter(f -> !f.isEmpty()).toList();
    }

    @Test
    void theCorpusHoldsAtLeast150Formulas() throws IOException {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void rendersWithoutError(String tex) {
        MathRenderer.Result result = math.render(tex, true);
        assertThat(result).isInstanceOf(MathRenderer.Rendered.class);
        String html = ((MathRenderer.Rendered) result).html();
        assertThat(html).contains("class=\"katex-mathml\"", "class=\"katex-html\"").doesNotContain("katex-error");
    }

    /**
     * Formulas whose MathML KaTeX writes in a form the HTML checker rejects: {@code \\stackrel},
     * {@code \\overset} and {@code \\underset} nest their result in an {@code <mo>} or {@code <mi>}.
     * What is seen is right, and they are rare in memos. Everything else must pass.
     */
    static final Set<String> KNOWN_INVALID_MATHML = Set.of(
            "\\stackrel{\\text{def}}{=}",
            "\\overset{!}{=}",
            "\\underset{x}{\\operatorname{min}} f(x)",
            "\\overset{\\sim}{x}, \\quad \\underset{n \\to \\infty}{\\longrightarrow}");

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void passesTheHtmlChecker(String tex) throws Exception {
        Assumptions.assumeFalse(KNOWN_INVALID_MATHML.contains(tex), "KaTeX's MathML for this one is known to fail");
        String html = ((MathRenderer.Rendered) math.render(tex, true)).html();
        assertThat(HtmlChecker.errors("<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><div>"
                + html + "</div></body></html>")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "The rate $\\frac{\\eta}{\\sqrt{v}$ is small."       | 1:31 invalid TeX: Unexpected end of input in a macro argument, expected '}'
            "So $\\mathbb{E}[x] + \\expect[y]$."                 | 1:21 invalid TeX: Undefined control sequence: \\expect
            "A $x^^2$ here."                                     | 1:5 invalid TeX: Expected group after '^'
            "We have $a & b$."                                   | 1:12 invalid TeX: Expected 'EOF', got '&'
            "$$\\n\\begin{aligned} a &= b \\\\\\n c &= d\\n$$"   | 3:8 invalid TeX: Expected & or \\\\ or \\cr or \\end
            "Text\\n\\n$$ \\left( \\frac{a}{b} $$"               | 3:22 invalid TeX: Expected '\\right', got 'EOF'
            """)
    void invalidTexIsReportedAtItsPosition(String markdown, String expected) {
        String body = markdown.replace("\\n", "\n");
        BodyContext context = BodyContext.standalone(body);
        renderer.render(body, context);
        List<Problem> problems = context.problems().sorted();
        assertThat(problems).hasSize(1);
        Problem p = problems.get(0);
        assertThat(p.line() + ":" + p.column() + " " + p.message()).isEqualTo(expected);
    }
}
