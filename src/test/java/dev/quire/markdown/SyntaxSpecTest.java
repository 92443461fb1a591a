package dev.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads {@code spec/syntax.md}, written in the CommonMark spec's format (an example fence holding
 * Markdown, a line with '.', and the expected HTML), and checks each example.
 */
class SyntaxSpecTest {
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final Pattern EXAMPLE = Pattern.compile("(?m)^`{32} example\\n(.*?)^\\.\\n(.*?)^`{32}$", Pattern.DOTALL);

    record Example(int number, String title, String markdown, String html) {
        @Override
        public String toString() {
            return "example " + number + ": " + title;
        }
    }

    static List<Example> examples() throws IOException {
        String spec = Files.readString(Path.of("src/test/resources/spec/syntax.md"));
        Matcher m = EXAMPLE.matcher(spec);
        List<Example> out = new ArrayList<>();
        while (m.find()) {
            String before = spec.substring(0, m.start()).strip();
            String title = before.substring(before.lastIndexOf('\n') + 1);
            out.add(new Example(out.size() + 1, title, m.group(1), m.group(2)));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rendersAsSpecified(Example example) {
        assertThat(RENDERER.render(example.markdown()).html().strip()).isEqualTo(example.html().strip());
    }
}
