package dev.quire.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.importer.tex.Macro;
import dev.quire.importer.tex.TexIssue;
import dev.quire.importer.tex.TexRewriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The MathJax-era corpus ({@code import/mathjax-corpus.tex}): each formula, after the import's
 * TeX rewrites, renders with the build's KaTeX, or is reported with exactly the message written
 * under it. And the rewrites themselves, on a few formulas, to the letter.
 */
class ImportMathCorpusTest {
    private static final Pattern PARAMETER = Pattern.compile("#(\\d)");
    private static FormulaCheck katex;

    /** A formula of the corpus and the report expected for it, or null when it must render. */
    record Entry(String tex, String report) {
        @Override
        public String toString() {
            return tex;
        }
    }

    @BeforeAll
    static void start() {
        katex = new FormulaCheck(Map.of());
    }

    @AfterAll
    static void stop() {
        katex.close();
    }

    static List<Entry> corpus() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/import/mathjax-corpus.tex"));
        String withoutComments = text.lines().filter(line -> !line.startsWith("%")).collect(Collectors.joining("\n"));
        List<Entry> entries = new ArrayList<>();
        for (String paragraph : withoutComments.split("\\n\\s*\\n")) {
            String p = paragraph.strip();
            if (p.isEmpty()) {
                continue;
            }
            int arrow = p.indexOf("\n=> ");
            entries.add(arrow < 0 ? new Entry(p, null) : new Entry(p.substring(0, arrow), p.substring(arrow + 4).strip()));
        }
        return entries;
    }

    @Test
    void theCorpusHoldsAtLeast100Formulas() throws IOException {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(100).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void rendersAfterTheRewritesOrIsReported(Entry entry) {
        TexRewriter.Rewritten rewritten = TexRewriter.rewrite(entry.tex(), true);
        List<String> reports = new ArrayList<>(rewritten.issues().stream().map(TexIssue::message).toList());
        if (reports.isEmpty() && !rewritten.onlyDefinitions()) {
            // the site's macros reach KaTeX through quire.yml; \def gives this one formula the same
            String definitions = rewritten.macros().stream().map(ImportMathCorpusTest::def).collect(Collectors.joining());
            Optional<FormulaCheck.Rejection> rejected = katex.check(definitions + rewritten.tex(), true);
            rejected.ifPresent(r -> reports.add(MathEmitter.rejected(r.message())));
        }
        if (entry.report() == null) {
            assertThat(reports).as("rewritten to: " + rewritten.tex()).isEmpty();
        } else {
            assertThat(reports).containsExactly(entry.report());
        }
    }

    private static String def(Macro macro) {
        Matcher m = PARAMETER.matcher(macro.body());
        int arity = 0;
        while (m.find()) {
            arity = Math.max(arity, Integer.parseInt(m.group(1)));
        }
        StringBuilder params = new StringBuilder();
        for (int i = 1; i <= arity; i++) {
            params.append('#').append(i);
        }
        return "\\def" + macro.name() + params + "{" + macro.body() + "}";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "x^\\vec{a} + e^\\sqrt{t}"                          | "x^{\\vec{a}} + e^{\\sqrt{t}}"                   |
            "\\lambda^\\max_t"                                  | "\\lambda^{\\max}_t"                            |
            "x^\\frac12"                                        | "x^{\\frac12}"                                  |
            "\\mbox{if } # > 0"                                 | "\\text{if } \\# > 0"                            |
            "a &= b \\\\ c &= d"                                | "\\begin{aligned}\\na &= b \\\\ c &= d\\n\\end{aligned}" |
            "\\begin{equation} y = x \\label{eq:id} \\end{equation}" | "y = x"                                   | eq:id
            "\\begin{align} a &= b \\label{sys} \\\\ c &= d \\end{align}" | "\\begin{aligned}\\na &= b  \\\\ c &= d\\n\\end{aligned}" | sys
            "\\newcommand{\\R}{\\mathbb{R}} x \\in \\R"        | "x \\in \\R"                                     |
            """)
    void rewritesToTheLetter(String tex, String expected, String label) {
        TexRewriter.Rewritten rewritten = TexRewriter.rewrite(tex, true);
        assertThat(rewritten.tex().strip()).isEqualTo(expected.replace("\\n", "\n"));
        assertThat(rewritten.label()).isEqualTo(label);
    }
}
