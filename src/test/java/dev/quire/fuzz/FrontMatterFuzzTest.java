package dev.quire.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import dev.quire.frontmatter.FrontMatterReader;
import dev.quire.frontmatter.FrontMatterSplitter;

/**
 * The front-matter splitter and the YAML mapping: any text gives a memo or positioned problems,
 * never an exception. The saved inputs beside this class run in every test run; {@code bench/fuzz.sh}
 * fuzzes for longer.
 */
class FrontMatterFuzzTest {
    @FuzzTest
    @DictionaryFile(resourcePath = "/dev/quire/fuzz/front-matter.dict")
    void anyTextGivesAMemoOrProblems(FuzzedDataProvider data) {
        boolean opened = data.consumeBoolean(); // most memos start with a front-matter line
        String text = data.consumeRemainingAsString();
        read(opened ? "---\n" + text : text);
    }

    private static void read(String text) {
        Problems problems = new Problems();
        SourceText source = new SourceText("memos/x.md", text);
        var read = FrontMatterSplitter.split(source, problems).flatMap(s -> FrontMatterReader.read(source, s, problems));
        if (read.isEmpty()) {
            assertThat(problems.hasErrors()).as("no memo, so an error says why").isTrue();
        }
        problems.sorted().forEach(p -> assertThat(p.file()).isEqualTo("memos/x.md"));
    }
}
