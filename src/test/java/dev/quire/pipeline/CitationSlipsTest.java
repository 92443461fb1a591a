package dev.quire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestSites;
import dev.quire.testing.TestSites.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** An author's common slips with citations and links: none is published silently or reported twice. */
class CitationSlipsTest {
    private static final String BIB = """
            === references.bib
            @article{smith2020, title = {One}, author = {Smith, Ann and others}, journal = {J}, year = {2020}}
            @article{jones2019, title = {Two}, author = {Jones, Bob and Brown, Carl}, journal = {J}, year = {2019}}
            """;

    @TempDir
    Path dir;

    private String page(String style, String body) throws IOException {
        TestSites.write(dir, "=== quire.yml\ntitle: N\ncitation_style: " + style + "\n" + BIB
                + "=== memos/a.md\n---\ntitle: A\ndate: 2026-01-01\n---\n" + body + "\n");
        Run run = TestSites.quire("build", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Files.readString(dir.resolve("_site/memos/a/index.html")).replaceAll("<a href=\"#ref-[a-z0-9]+\">", "<a>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "apa | (<a>Jones &amp; Brown, 2019, sec. 4.2</a>) | (<a>Jones &amp; Brown, 2019, pp. 3&ndash;5</a>) | (<a>Jones &amp; Brown, 2019</a>, eq. 2.1)",
            "ieee | <a>[1, sec. 4.2]</a> | <a>[1, pp. 3&ndash;5]</a> | <a>[1]</a>, eq. 2.1",
            "chicago-author-date | (<a>Jones and Brown 2019, 4.2</a>) | (<a>Jones and Brown 2019, 3&ndash;5</a>) | (<a>Jones and Brown 2019</a>, eq. 2.1)",
            "modern-language-association | (<a>Jones and Brown, &ldquo;Two,&rdquo; sec. 4.2</a>) | (<a>Jones and Brown, &ldquo;Two,&rdquo; pp. 3&ndash;5</a>) | (<a>Jones and Brown, &ldquo;Two&rdquo;</a>, eq. 2.1)",
            "nature | <sup><a>1</a></sup> | <sup><a>1</a></sup> | <sup><a>1</a>, eq. 2.1</sup>"})
    void locatorsWithDotsStayWhole(String style, String section, String pages, String equation) throws IOException {
        String html = page(style, "A [@jones2019, sec. 4.2] B [@jones2019, pp. 3–5] C [@jones2019, eq. 2.1] D");
        assertThat(html).contains("A <span class=\"citation\">" + section + "</span> B",
                "B <span class=\"citation\">" + pages + "</span> C",
                "C <span class=\"citation\">" + equation + "</span> D");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "apa | (<a>Smith et al., 2020</a>) | Smith, A., et al. (2020).",
            "ieee | <a>[1]</a> | A. Smith et al., &ldquo;One,&rdquo;",
            "chicago-author-date | (<a>Smith et al. 2020</a>) | Smith, Ann, et al. 2020.",
            "modern-language-association | (<a>Smith et al., &ldquo;One&rdquo;</a>) | Smith, Ann, et al. &ldquo;One.&rdquo;",
            "nature | <sup><a>1</a></sup> | Smith, A. et al. One."})
    void andOthersPrintsAsEtAl(String style, String citation, String entry) throws IOException {
        String html = page(style, "See [@smith2020].");
        assertThat(html).contains("See <span class=\"citation\">" + citation + "</span>.", entry).doesNotContain("others");
    }

    @Test
    void aNarrativeKeyThatIsNotInTheLibraryIsAWarning() throws IOException {
        TestSites.write(dir, "=== quire.yml\ntitle: N\n" + BIB
                + "=== memos/a.md\n---\ntitle: A\ndate: 2026-01-01\n---\nAs @lee2018 showed, and as @someone said.\n");
        Run run = TestSites.quire("build", dir.toString());
        assertThat(run.err()).isEqualTo("""
                memos/a.md:5:4: warning: unknown citation key 'lee2018': printed as written
                  5 | As @lee2018 showed, and as @someone said.
                    |    ^
                  hint: references.bib has no entry with this key; add one, or correct the key
                1 warning
                """);
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aNarrativeKeyWithoutALibraryIsAWarning() throws IOException {
        TestSites.write(dir, "=== quire.yml\ntitle: N\n"
                + "=== memos/a.md\n---\ntitle: A\ndate: 2026-01-01\n---\nAs @lee2018 showed, and as @someone said.\n");
        Run run = TestSites.quire("build", dir.toString());
        assertThat(run.err()).isEqualTo("""
                memos/a.md:5:4: warning: '@lee2018' reads like a citation, but the site has no references.bib: printed as written
                  5 | As @lee2018 showed, and as @someone said.
                    |    ^
                  hint: put a BibTeX file named references.bib in the site folder, beside quire.yml
                1 warning
                """);
    }

    @Test
    void aMemoThatFailsToReadIsStillALinkTarget() throws IOException {
        TestSites.write(dir, "=== quire.yml\ntitle: N\n"
                + "=== memos/a.md\n---\ntitle: A\ndate: 2026-01-01\n---\nSee [[b]] and [[b|the other]].\n"
                + "=== memos/2026-02-01-b.md\n---\ntitle: B\ndate: 2026-13-45\n---\nBody.\n");
        Run run = TestSites.quire("build", dir.toString());
        assertThat(run.err()).isEqualTo("""
                memos/2026-02-01-b.md:3:7: error: cannot read the date '2026-13-45'
                  3 | date: 2026-13-45
                    |       ^
                  hint: write it as 2026-03-09, 2026-07-01 09:30, 2026-07-01T09:30:00+02:00
                build failed: 1 error; nothing was written
                """);
        assertThat(run.exitCode()).isEqualTo(1);
    }
}
