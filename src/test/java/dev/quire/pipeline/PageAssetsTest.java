package dev.quire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestSites;
import dev.quire.testing.TestSites.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * KaTeX's stylesheet and the copy button's script are linked from exactly the pages that show
 * math or a code block, decided from what each page shows: a memo's body, the open questions of
 * other memos it answers, the ledger's items, a page's body, HTML written by hand.
 */
class PageAssetsTest {
    private static final String KATEX = "<link rel=\"stylesheet\" href=\"/assets/katex/katex.min.css\">\n";
    private static final String COPY = "<script src=\"/assets/copy-code.js\" defer></script>\n";

    @TempDir
    Path dir;

    @Test
    void mathAndCodeAreLinkedFromThePagesThatShowThem() throws IOException {
        TestSites.write(dir, """
                === quire.yml
                title: Notes
                === memos/asks.md
                ---
                title: Asks
                date: 2026-01-01
                ---
                Plain text.

                ## Open questions

                1. Does $x^2$ grow?
                2. Does it stop?
                === memos/answers.md
                ---
                title: Answers
                date: 2026-01-02
                answers: [asks#1]
                ---
                It grows.
                === memos/plain.md
                ---
                title: Plain
                date: 2026-01-03
                ---
                Nothing to see.
                === pages/notes.md
                ---
                title: Notes page
                ---
                <pre><code>written by hand</code></pre>
                """);
        Run run = TestSites.quire("build", dir.toString(), "-q");
        assertThat(run.err()).isEmpty();

        // every memo page shows a code block: the BibTeX of "Cite this memo"
        assertThat(file("memos/asks/index.html")).contains(KATEX + COPY + "</head>");
        assertThat(file("memos/answers/index.html")).contains(KATEX + COPY + "</head>"); // shows asks#1
        assertThat(file("memos/plain/index.html")).contains(COPY + "</head>").doesNotContain(KATEX);
        assertThat(file("open-questions/index.html")).contains(KATEX + "</head>").doesNotContain(COPY);
        assertThat(file("notes/index.html")).contains(COPY + "</head>").doesNotContain(KATEX);
        assertThat(file("index.html")).doesNotContain(KATEX).doesNotContain(COPY);
        assertThat(file("archive/index.html")).doesNotContain(KATEX).doesNotContain(COPY);
    }

    private String file(String path) throws IOException {
        return Files.readString(dir.resolve("_site").resolve(path));
    }
}
