package dev.quire.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import dev.quire.frontmatter.FrontMatterReader;
import dev.quire.frontmatter.FrontMatterSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The front-matter splitter and the YAML mapping: any text gives a memo or positioned problems, never an exception. */
class FrontMatterFuzzTest {
    private static final List<String> SYNTAX = List.of("---\n", "---", "...\n", "title: ", "date: ", "2026-03-09",
            "2026-13-45", "2026-07-01 09:30", "2026-07-01T09:30:00+02:00", "category: ", "tags: ", "[", "]", "{", "}",
            ", ", ": ", "- ", "  ", "\"", "'", "\\b", "\\u00", "&a ", "*a", "!!str ", "!!binary ", "|\n", ">\n", "#",
            "draft: true", "slug: ", "toc: ", "distinct_from: ", "answers: ", "updated: ", "? ", "<<: ", "%YAML 1.2\n",
            "~", "null", "1e9", "0x1F", ".inf");

    @Test
    void anyTextGivesAMemoOrProblems() {
        FuzzInput.check(SYNTAX, 40, FrontMatterFuzzTest::read);
        FuzzInput.check(SYNTAX, 40, text -> read("---\n" + text)); // most memos start as one
    }

    private static Object read(String text) {
        Problems problems = new Problems();
        SourceText source = new SourceText("memos/x.md", text);
        var read = FrontMatterSplitter.split(source, problems).flatMap(s -> FrontMatterReader.read(source, s, problems));
        if (read.isEmpty()) {
            assertThat(problems.hasErrors()).as("no memo, so an error says why").isTrue();
        }
        problems.sorted().forEach(p -> assertThat(p.file()).isEqualTo("memos/x.md"));
        return read;
    }
}
