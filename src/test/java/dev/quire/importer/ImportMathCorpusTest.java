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
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The MathJax-era corpus ({@code import/mathjax-corpus.tex}): each formula, after the import's
 * TeX rewrites, renders with the build's KaTeX, or is reported with exactly the message written
 * under it; where the corpus gives the rewrite ({@code -> } lines), it is that to the letter.
 */
class ImportMathCorpusTest {
    private static final Pattern PARAMETER = Pattern.compile("#(\\d)");
    private static FormulaCheck katex;

    /**
     * A formula of the corpus: the report expected for it (null when it must render), and when
     * given, its rewrite and label to the letter.
     */
    record Entry(String tex, String report, String rewritten, String label) {
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
            List<String> lines = p.lines().toList();
            String report = lines.stream().filter(l -> l.startsWith("=> ")).map(l -> l.substring(3)).findFirst().orElse(null);
            String label = lines.stream().filter(l -> l.startsWith("-> label ")).map(l -> l.substring(9)).findFirst().orElse(null);
            List<String> rewritten = lines.stream().filter(l -> l.startsWith("-> ") && !l.startsWith("-> label ")).map(l -> l.substring(3)).toList();
            String tex = lines.stream().filter(l -> !l.startsWith("=> ") && !l.startsWith("-> ")).collect(Collectors.joining("\n"));
            entries.add(new Entry(tex, report, rewritten.isEmpty() ? null : String.join("\n", rewritten), label));
        }
        return entries;
    }

    /** At least 100 formulas, no two alike, most of them rewritten to render and some reported. */
    @Test
    void theCorpusHoldsAtLeast100FormulasOfBothKinds() throws IOException {
        List<Entry> corpus = corpus();
        assertThat(corpus.stream().map(Entry::tex).distinct().count()).isEqualTo(corpus.size()).isGreaterThanOrEqualTo(100);
        assertThat(corpus.stream().filter(e -> e.report() != null).count()).isBetween(10L, corpus.size() / 4L);
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
        if (entry.rewritten() != null) {
            assertThat(rewritten.tex().strip()).isEqualTo(entry.rewritten());
            assertThat(rewritten.label()).isEqualTo(entry.label());
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
}
