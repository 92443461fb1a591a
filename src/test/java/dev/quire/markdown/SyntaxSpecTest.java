package dev.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.cite.Bibliography;
import dev.quire.cite.CitationStyles;
import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every {@code spec/*.md} file, written in the CommonMark spec's format (an example fence
 * holding Markdown, a line with '.', and the expected HTML), and checks each example. Each file
 * covers one part of the syntax.
 */
class SyntaxSpecTest {
    private static final Path SPEC = Path.of("src/test/resources/spec");
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    /** Citation examples cite spec/references.bib, in the default style. */
    private static final BodyResources RESOURCES = new BodyResources(null,
            Bibliography.load(SPEC.resolve("references.bib"), CitationStyles.DEFAULT, "en", new Problems()).orElseThrow());
    /** The other memos that [[slug]] examples link to. */
    private static final Map<String, MemoTarget> MEMOS = Map.of(
            "adam-warmup", new MemoTarget("adam-warmup", "Why warmup stabilizes Adam", "memos/adam-warmup/", false),
            "probe-limits", new MemoTarget("probe-limits", "What a probe <can> show", "memos/probe-limits/", false));
    private static final Pattern EXAMPLE = Pattern.compile("(?m)^`{32} example\\n(.*?)^\\.\\n(.*?)^`{32}$", Pattern.DOTALL);

    record Example(String file, int number, String title, String markdown, String html) {
        @Override
        public String toString() {
            return file + " example " + number + ": " + title;
        }
    }

    static List<Example> examples() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(SPEC)) {
            files = listing.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        List<Example> out = new ArrayList<>();
        for (Path file : files) {
            String spec = Files.readString(file);
            Matcher m = EXAMPLE.matcher(spec);
            int number = 0;
            while (m.find()) {
                String before = spec.substring(0, m.start()).strip();
                String title = before.substring(before.lastIndexOf('\n') + 1);
                out.add(new Example(file.getFileName().toString(), ++number, title, m.group(1), m.group(2)));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rendersAsSpecified(Example example) {
        BodyContext context = new BodyContext(new SourceText(example.file(), example.markdown()), 1, new Problems(), MEMOS, null, null, RESOURCES);
        assertThat(RENDERER.render(example.markdown(), context).html().strip()).isEqualTo(example.html().strip());
    }
}
