package dev.quire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestSites;
import dev.quire.testing.TestSites.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bad-input catalogue: each case's exact message, exit code 1, and nothing written. */
class BadInputTest {
    private static final String CONFIG = "=== quire.yml\ntitle: Notes\n";
    private static final String GOOD = "=== memos/good.md\n---\ntitle: Fine\ndate: 2026-01-01\n---\nBody.\n";

    @TempDir
    Path dir;

    private Run build(String spec, String... extraArgs) throws IOException {
        TestSites.write(dir, spec);
        String[] args = new String[2 + extraArgs.length];
        args[0] = "build";
        args[1] = dir.toString();
        System.arraycopy(extraArgs, 0, args, 2, extraArgs.length);
        return TestSites.quire(args);
    }

    private void assertFails(Run run, String expectedErr) {
        assertThat(run.err()).isEqualTo(expectedErr.replace("$DIR", dir.toString()));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(dir.resolve("_site")).doesNotExist();
    }

    @Test
    void noFrontMatter() throws IOException {
        assertFails(build(CONFIG + "=== memos/a.md\ntitle: x\n\nbody\n"), """
                memos/a.md:1:1: error: no front matter: a memo must start with a '---' line
                  1 | title: x
                    | ^
                  hint: begin the file with ---, then 'title:' and 'date:' lines, then --- again
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void unterminatedFrontMatter() throws IOException {
        assertFails(build(CONFIG + "=== memos/a.md\n---\ntitle: x\ndate: 2026-01-01\nbody\n"), """
                memos/a.md:1:1: error: unterminated front matter: the '---' on line 1 is never closed
                  1 | ---
                    | ^
                  hint: add a line with only --- after the last front matter key
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void invalidYaml() throws IOException {
        assertFails(build(CONFIG + "=== memos/a.md\n---\ntitle: x\ndate: 2026-01-01\ntags: [a, b\n---\nbody\n"), """
                memos/a.md:4:7: error: invalid YAML in front matter: while parsing a flow sequence: expected ',' or ']', but got <stream end>
                  4 | tags: [a, b
                    |       ^
                  hint: check indentation and quote values that contain ': ' or start with a special character
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void missingTitle() throws IOException {
        assertFails(build(CONFIG + "=== memos/a.md\n---\ndate: 2026-01-01\n---\nbody\n"), """
                memos/a.md:1:1: error: front matter has no 'title'
                  1 | ---
                    | ^
                  hint: add a line such as 'title: Why warmup stabilizes Adam'
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void missingDate() throws IOException {
        assertFails(build(CONFIG + "=== memos/a.md\n---\ntitle: x\n---\nbody\n"), """
                memos/a.md:1:1: error: front matter has no 'date'
                  1 | ---
                    | ^
                  hint: add a line such as 'date: 2026-03-09'
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void unparsableDate() throws IOException {
        assertFails(build(CONFIG + "=== memos/a.md\n---\ntitle: x\ndate: March 9th\n---\nbody\n"), """
                memos/a.md:3:7: error: cannot read the date 'March 9th'
                  3 | date: March 9th
                    |       ^
                  hint: write it as 2026-03-09, 2026-07-01 09:30, 2026-07-01T09:30:00+02:00
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void nonStringCategory() throws IOException {
        assertFails(build(CONFIG + "=== memos/a.md\n---\ntitle: x\ndate: 2026-01-01\ncategory: [Optimization, Scaling]\n---\nbody\n"), """
                memos/a.md:4:11: error: 'category' must be a string, not a list
                  4 | category: [Optimization, Scaling]
                    |           ^
                  hint: a memo has exactly one category, written as text: 'category: Optimization'
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void duplicateSlugs() throws IOException {
        assertFails(build(CONFIG
                + "=== memos/2026-01-01-adam.md\n---\ntitle: x\ndate: 2026-01-01\n---\nbody\n"
                + "=== memos/2026-02-01-adam.md\n---\ntitle: y\ndate: 2026-02-01\n---\nbody\n"), """
                memos/2026-02-01-adam.md:1:1: error: duplicate slug 'adam': memos/2026-01-01-adam.md has it too
                  1 | ---
                    | ^
                  hint: give one of them a distinct 'slug:' in its front matter, or rename the file
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void twoMemosWritingOneUrl() throws IOException {
        assertFails(build(CONFIG
                + "=== memos/a.md\n---\ntitle: x\ndate: 2026-01-01\nslug: Adam-Warmup\n---\nbody\n"
                + "=== memos/adam-warmup.md\n---\ntitle: y\ndate: 2026-02-01\n---\nbody\n"), """
                memos/adam-warmup.md:1:1: error: two memos write one URL /memos/adam-warmup/: memos/a.md (slug 'Adam-Warmup') and this memo (slug 'adam-warmup')
                  1 | ---
                    | ^
                  hint: URLs ignore letter case; make the slugs differ in more than case
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void slugsDifferingOnlyInCaseWriteOneUrl() throws IOException {
        assertFails(build(CONFIG
                + "=== memos/2026-01-01-adam.md\n---\ntitle: x\ndate: 2026-01-01\n---\nbody\n"
                + "=== memos/upper.md\n---\ntitle: y\ndate: 2026-02-01\nslug: Adam\n---\nbody\n"), """
                memos/upper.md:1:1: error: two memos write one URL /memos/adam/: memos/2026-01-01-adam.md (slug 'adam') and this memo (slug 'Adam')
                  1 | ---
                    | ^
                  hint: URLs ignore letter case; make the slugs differ in more than case
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void unknownKeyIsAWarningWithSuggestion() throws IOException {
        Run run = build(CONFIG + "=== memos/a.md\n---\ntitle: x\ndate: 2026-01-01\ncatgory: Opt\n---\nbody\n");
        assertThat(run.err()).isEqualTo("""
                memos/a.md:4:1: warning: unknown key 'catgory' in front matter is ignored
                  4 | catgory: Opt
                    | ^
                  hint: did you mean 'category'?
                1 warning
                """);
        assertThat(run.exitCode()).isZero();
        assertThat(dir.resolve("_site/memos/a/index.html")).exists();
    }

    @Test
    void unknownConfigKeyIsAWarningWithSuggestion() throws IOException {
        Run run = build("=== quire.yml\ntitle: Notes\ntagine: One question at a time\n" + GOOD);
        assertThat(run.err()).isEqualTo("""
                quire.yml:2:1: warning: unknown key 'tagine' in quire.yml is ignored
                  2 | tagine: One question at a time
                    | ^
                  hint: did you mean 'tagline'?
                1 warning
                """);
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void fileThatIsNotUtf8() throws IOException {
        TestSites.write(dir, CONFIG);
        Files.createDirectories(dir.resolve("memos"));
        Files.write(dir.resolve("memos/a.md"), "---\ntitle: caf\u00e9\ndate: 2026-01-01\n---\nbody\n".getBytes(StandardCharsets.ISO_8859_1));
        assertFails(TestSites.quire("build", dir.toString()), """
                memos/a.md:2:11: error: file is not valid UTF-8 (byte 0xE9)
                  2 | title: caf\uFFFD
                    |           ^
                  hint: save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void emptyMemosFolder() throws IOException {
        Files.createDirectories(dir.resolve("memos"));
        assertFails(build(CONFIG), """
                memos/: error: memos/ holds no memos yet
                  hint: add a Markdown file such as memos/2026-03-09-first-question.md, or run 'quire new memo "your question"'
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void missingMemosFolder() throws IOException {
        assertFails(build(CONFIG), """
                memos/: error: there is no memos/ folder in $DIR
                  hint: memos live in memos/, one Markdown file each; write the first with 'quire new memo "your question"'
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void outputInsideTheContentFolder() throws IOException {
        Run run = build(CONFIG + GOOD, "-o", dir.resolve("memos/out").toString());
        assertFails(run, """
                $DIR/memos/out: error: the output folder $DIR/memos/out is inside the content folder memos/
                  hint: the output would be read back as content; use the default _site or a folder outside memos/
                build failed: 1 error; nothing was written
                """);
        assertThat(dir.resolve("memos/out")).doesNotExist();
    }

    @Test
    void missingConfig() throws IOException {
        assertFails(build(GOOD), """
                quire.yml: error: no quire.yml in $DIR
                  hint: is this the site folder? Pass it with -s DIR, or start a site with 'quire new site DIR'
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void invalidConfig() throws IOException {
        assertFails(build("=== quire.yml\ntitle: Notes\nlatest: many\nbase_url: notes.example.org\n" + GOOD), """
                quire.yml:2:9: error: 'latest' must be a positive whole number
                  2 | latest: many
                    |         ^
                  hint: for example 'latest: 7'
                quire.yml:3:11: error: 'base_url' must be an absolute http(s) address
                  3 | base_url: notes.example.org
                    |           ^
                  hint: for example 'base_url: https://notes.example.org/'
                build failed: 2 errors; nothing was written
                """);
    }

    @Test
    void configWithoutTitle() throws IOException {
        assertFails(build("=== quire.yml\nauthor: Ada\n" + GOOD), """
                quire.yml:1:1: error: quire.yml has no 'title'
                  1 | author: Ada
                    | ^
                  hint: add a line such as 'title: Research notes'
                build failed: 1 error; nothing was written
                """);
    }

    private static final String BIB = """
            === references.bib
            @article{vaswani2017,
              title = {Attention Is All You Need},
              author = {Vaswani, Ashish and Shazeer, Noam},
              year = {2017}
            }
            """;

    @Test
    void unknownCitationKeyWithSuggestion() throws IOException {
        assertFails(build(CONFIG + BIB + "=== memos/a.md\n---\ntitle: x\ndate: 2026-01-01\n---\nAs shown [see @vaswani2071, p. 3].\n"), """
                memos/a.md:5:15: error: unknown citation key 'vaswani2071'
                  5 | As shown [see @vaswani2071, p. 3].
                    |               ^
                  hint: did you mean 'vaswani2017'?
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void citationWithoutReferencesBib() throws IOException {
        assertFails(build(CONFIG + "=== memos/a.md\n---\ntitle: x\ndate: 2026-01-01\n---\nAs shown [@vaswani2017].\n"), """
                memos/a.md:5:10: error: citation [@vaswani2017] but the site has no references.bib
                  5 | As shown [@vaswani2017].
                    |          ^
                  hint: put a BibTeX file named references.bib in the site folder, beside quire.yml
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void malformedReferencesEntry() throws IOException {
        assertFails(build(CONFIG + GOOD + "=== references.bib\n@article{a,\n  title = {A}\n  year = {2020}\n}\n"), """
                references.bib:3:3: error: malformed entry in references.bib: unexpected 'year'
                  3 |   year = {2020}
                    |   ^
                  hint: fields are separated by commas: is one missing at the end of the line before?
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void unknownCitationStyle() throws IOException {
        assertFails(build("=== quire.yml\ntitle: Notes\ncitation_style: chicago-autor-date\n" + GOOD), """
                quire.yml:2:17: error: unknown citation style 'chicago-autor-date'
                  2 | citation_style: chicago-autor-date
                    |                 ^
                  hint: did you mean 'chicago-author-date'?
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void missingImageInABundle() throws IOException {
        assertFails(build(CONFIG + "=== memos/probe/index.md\n---\ntitle: x\ndate: 2026-01-01\n---\nText.\n\n![Accuracy by layer](acuracy.svg)\n"
                + "=== memos/probe/accuracy.svg\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>\n"), """
                memos/probe/index.md:7:1: error: image file 'acuracy.svg' not found
                  7 | ![Accuracy by layer](acuracy.svg)
                    | ^
                  hint: expected beside the memo, at memos/probe/acuracy.svg
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void missingImageInStatic() throws IOException {
        assertFails(build(CONFIG + "=== memos/a.md\n---\ntitle: x\ndate: 2026-01-01\n---\nSee ![the plot](/img/plot.png) here.\n"), """
                memos/a.md:5:5: error: image file '/img/plot.png' not found
                  5 | See ![the plot](/img/plot.png) here.
                    |     ^
                  hint: expected at static/img/plot.png
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void unknownMemoSlugWithSuggestion() throws IOException {
        assertFails(build(CONFIG + GOOD + "=== memos/2026-02-01-adam-warmup.md\n---\ntitle: x\ndate: 2026-02-01\n---\nSee [[adam-warmpu|the warmup memo]].\n"), """
                memos/2026-02-01-adam-warmup.md:5:5: error: no memo with the slug 'adam-warmpu'
                  5 | See [[adam-warmpu|the warmup memo]].
                    |     ^
                  hint: did you mean 'adam-warmup'?
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void linkToADraftThatIsNotBuiltIsAWarningAndPlainText() throws IOException {
        String site = CONFIG + "=== memos/a.md\n---\ntitle: x\ndate: 2026-01-01\n---\nSee [[b]].\n"
                + "=== memos/b.md\n---\ntitle: Not yet out\ndate: 2026-01-02\ndraft: true\n---\nNot yet.\n";
        Run run = build(site);
        assertThat(run.err()).isEqualTo("""
                memos/a.md:5:5: warning: [[b]] links to a draft, which this build does not publish: shown as plain text
                  5 | See [[b]].
                    |     ^
                  hint: publish 'b' (remove 'draft: true') or build with --drafts to make it a link
                1 warning
                """);
        assertThat(run.exitCode()).isZero();
        assertThat(dir.resolve("_site/memos/a/index.html")).content().contains("<p>See Not yet out.</p>");
        assertThat(TestSites.quire("build", dir.toString(), "--drafts").err()).isEmpty();
        assertThat(dir.resolve("_site/memos/a/index.html")).content().contains("<a class=\"memo-link\" href=\"../b/\">Not yet out</a>");
    }

    @Test
    void unknownFigureReference() throws IOException {
        assertFails(build(CONFIG + "=== memos/a/index.md\n---\ntitle: x\ndate: 2026-01-01\n---\nAs @fig:los shows.\n\n![Loss](loss.svg){#fig:loss}\n"
                + "=== memos/a/loss.svg\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>\n"), """
                memos/a/index.md:5:4: error: no figure labelled 'fig:los' in this memo
                  5 | As @fig:los shows.
                    |    ^
                  hint: did you mean 'fig:loss'?
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void everyProblemIsReportedAtOnceAndThePreviousOutputStays() throws IOException {
        TestSites.write(dir, CONFIG + GOOD);
        assertThat(TestSites.quire("build", dir.toString()).exitCode()).isZero();
        byte[] before = Files.readAllBytes(dir.resolve("_site/index.html"));

        Run run = build("=== memos/b.md\n---\ntitle: b\n---\nbody\n"
                + "=== memos/c.md\n---\ntitle: c\ndate: soon\n---\nbody\n"
                + "=== memos/d.md\nno front matter\n");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("memos/b.md:1:1: error: front matter has no 'date'",
                "memos/c.md:3:7: error: cannot read the date 'soon'",
                "memos/d.md:1:1: error: no front matter",
                "build failed: 3 errors");
        assertThat(dir.resolve("_site/index.html")).hasBinaryContent(before);
        assertThat(dir.resolve("_site/memos/good/index.html")).exists();
        assertThat(dir.resolve("._site.staging")).doesNotExist();
    }

    @Test
    void invalidTex() throws IOException {
        assertFails(build(CONFIG + "=== memos/a.md\n---\ntitle: x\ndate: 2026-01-01\n---\nThe step $\\eta / \\sqrt{\\hat v_t$ is small.\n\n$$\n"
                + "\\hat m_t = \\frac{m_t}{1 - \\betta_1^t}\n$$\n"), """
                memos/a.md:5:32: error: invalid TeX: Expected '}', got 'EOF'
                  5 | The step $\\eta / \\sqrt{\\hat v_t$ is small.
                    |                                ^
                  hint: a '{' earlier in the formula is never closed
                memos/a.md:8:27: error: invalid TeX: Undefined control sequence: \\betta
                  8 | \\hat m_t = \\frac{m_t}{1 - \\betta_1^t}
                    |                           ^
                  hint: check the spelling, or define the command in quire.yml under math: macros:
                build failed: 2 errors; nothing was written
                """);
    }

    @Test
    void unknownEquation() throws IOException {
        assertFails(build(CONFIG + "=== memos/a.md\n---\ntitle: x\ndate: 2026-01-01\n---\nBy @eq:adam-updte, the step is bounded.\n\n"
                + "$$ u_t = m_t / \\sqrt{v_t} $$ {#eq:adam-update}\n"), """
                memos/a.md:5:4: error: unknown equation 'eq:adam-updte'
                  5 | By @eq:adam-updte, the step is bounded.
                    |    ^
                  hint: did you mean 'eq:adam-update'?
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void badMacroName() throws IOException {
        assertFails(build("=== quire.yml\ntitle: Notes\nmath:\n  macros:\n    R: \\mathbb{R}\n" + GOOD), """
                quire.yml:4:5: error: 'R' is not a TeX command name
                  4 |     R: \\mathbb{R}
                    |     ^
                  hint: a macro's name is a backslash and letters, quoted: '"\\\\R": "\\\\mathbb{R}"'
                build failed: 1 error; nothing was written
                """);
    }
}
