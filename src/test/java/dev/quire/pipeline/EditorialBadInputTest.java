package dev.quire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestSites;
import dev.quire.testing.TestSites.Run;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrong {@code answers:} and {@code distinct_from:} references: exact messages, exit 1, nothing written. */
class EditorialBadInputTest {
    private static final String SITE = """
            === quire.yml
            title: Notes
            === memos/2026-01-01-warmup.md
            ---
            title: Warmup
            date: 2026-01-01
            ---
            Body.

            ## Open questions

            - First?
            - Second?
            """;

    @TempDir
    Path dir;

    private Run build(String memo) throws IOException {
        TestSites.write(dir, SITE + "=== memos/2026-02-01-later.md\n" + memo);
        return TestSites.quire("build", dir.toString());
    }

    private void assertFails(Run run, String expectedErr) {
        assertThat(run.err()).isEqualTo(expectedErr);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(dir.resolve("_site")).doesNotExist();
    }

    @Test
    void answersAnUnknownMemo() throws IOException {
        assertFails(build("---\ntitle: Later\ndate: 2026-02-01\nanswers: [warmpu#1]\n---\nBody.\n"), """
                memos/2026-02-01-later.md:4:11: error: unknown memo 'warmpu' in 'answers'
                  4 | answers: [warmpu#1]
                    |           ^
                  hint: did you mean 'warmup'?
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void answersAQuestionTheMemoDoesNotHave() throws IOException {
        assertFails(build("---\ntitle: Later\ndate: 2026-02-01\nanswers:\n  - warmup#3\n---\nBody.\n"), """
                memos/2026-02-01-later.md:5:5: error: 'warmup' has no open question 3
                  5 |   - warmup#3
                    |     ^
                  hint: its open questions are numbered 1 to 2, in the order of its list
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void answersWithoutAQuestionNumber() throws IOException {
        assertFails(build("---\ntitle: Later\ndate: 2026-02-01\nanswers: [warmup]\n---\nBody.\n"), """
                memos/2026-02-01-later.md:4:11: error: 'warmup' does not name an open question
                  4 | answers: [warmup]
                    |           ^
                  hint: write the memo's slug and the question's number, such as 'adam-warmup#2'
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void distinctFromAnUnknownMemo() throws IOException {
        assertFails(build("---\ntitle: Later\ndate: 2026-02-01\ndistinct_from: [nothing-like-it]\n---\nBody.\n"), """
                memos/2026-02-01-later.md:4:17: error: unknown memo 'nothing-like-it' in 'distinct_from'
                  4 | distinct_from: [nothing-like-it]
                    |                 ^
                  hint: write the slug of a memo: its file name without the date, or its 'slug:'
                build failed: 1 error; nothing was written
                """);
    }
}
