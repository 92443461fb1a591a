package dev.quire.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrontMatterReaderTest {
    /**
     * Found by fuzzing: SnakeYAML Engine 2.10 read past its 1,024-character buffer when a character
     * outside the Basic Multilingual Plane (an emoji, a math letter such as 𝑥) began exactly at
     * its end, and the build stopped with a defect on a valid memo.
     */
    @ParameterizedTest
    @ValueSource(ints = {978, 979, 980, 981, 982}) // the emoji starts at offsets 1022 to 1026 of the YAML
    void aCharacterOutsideTheBasicPlaneAtAnyOffsetReads(int padding) {
        String description = "x".repeat(padding) + "\uD83D\uDE80 \uD835\uDC65";
        String text = "---\ntitle: Rockets\ndate: 2026-03-09\ndescription: " + description + "\n---\nBody.\n";
        Problems problems = new Problems();
        SourceText source = new SourceText("memos/x.md", text);
        var read = FrontMatterSplitter.split(source, problems).flatMap(s -> FrontMatterReader.read(source, s, problems));
        assertThat(problems.sorted()).isEmpty();
        assertThat(read).isPresent();
    }
}
