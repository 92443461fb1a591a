package dev.quire.theme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestSites;
import dev.quire.testing.TestSites.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site's own theme: a broken override is reported at its line in theme/templates/ with the exact
 * text a user sees; compiled overrides are kept in the cache by their text; a site without
 * overrides compiles nothing; static/ may replace a built-in file (said with --verbose) but two of
 * the site's own files writing one path stay an error; {@code quire theme} lists, shows and copies.
 */
class ThemeOverridesTest {
    private static final String SITE = """
            === quire.yml
            title: Notes
            author: Jo Doe
            === memos/a.md
            ---
            title: A memo
            date: 2026-01-01
            category: Notes
            ---
            Body.
            """;

    @TempDir
    Path dir;

    private Run build(String spec, String... extra) throws IOException {
        TestSites.write(dir, spec);
        String[] args = Stream.concat(Stream.of("build", dir.toString()), Stream.of(extra)).toArray(String[]::new);
        return TestSites.quire(args);
    }

    private void assertFails(Run run, String expectedErr) {
        assertThat(run.err()).isEqualTo(expectedErr);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(dir.resolve("_site")).doesNotExist();
    }

    @Test
    void aJavaErrorInAnOverrideIsShownAtItsLineAndColumn() throws IOException {
        assertFails(build(SITE + """
                === theme/templates/partials/memo-meta.jte
                @import dev.quire.content.Memo
                @param Memo m
                @param boolean showUpdated = false
                <p class="meta">${m.readMinutes()} min · ${m.wordCount()} words</p>
                """), """
                theme/templates/partials/memo-meta.jte:4:45: error: cannot find symbol: method wordCount() in variable m of type Memo
                  4 | <p class="meta">${m.readMinutes()} min · ${m.wordCount()} words</p>
                    |                                             ^
                  hint: compare with the built-in template: quire theme show partials/memo-meta.jte
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void aTemplateSyntaxErrorIsShownAtItsLine() throws IOException {
        assertFails(build(SITE + """
                === theme/templates/partials/memo-meta.jte
                @import dev.quire.content.Memo
                @param Memo m
                @if(m.hasCategory())
                <p class="meta">${m.category().name()}</p>
                """), """
                theme/templates/partials/memo-meta.jte:4:1: error: missing @endif
                  4 | <p class="meta">${m.category().name()}</p>
                    | ^
                  hint: compare with the built-in template: quire theme show partials/memo-meta.jte
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void anOverrideWithOtherParametersNamesTheBuiltInCaller() throws IOException {
        assertFails(build(SITE + """
                === theme/templates/partials/memo-meta.jte
                @import dev.quire.content.Memo
                @param Memo memo
                @param boolean showUpdated = false
                <p class="meta">${memo.readMinutes()} min</p>
                """), """
                theme/templates/partials/memo-meta.jte: error: the built-in partials/home-latest.jte (line 10) no longer compiles with this override: \
                no parameter with name m is defined in partials/memo-meta.jte
                  hint: an override keeps the built-in template's @param lines, since other templates call it with them; \
                see them with 'quire theme show partials/memo-meta.jte'
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void overridesAreCompiledOnceAndKeptByTheirText() throws IOException {
        String override = """
                === theme/templates/partials/memo-meta.jte
                @import dev.quire.content.Memo
                @param Memo m
                @param boolean showUpdated = false
                <p class="meta">Filed under ${m.category().name()}</p>
                """;
        Run first = build(SITE + override, "--timings");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("theme templates").contains("1 replaced");
        assertThat(Files.readString(dir.resolve("_site/memos/a/index.html"))).contains("<p class=\"meta\">Filed under Notes</p>");
        assertThat(compiled()).isEqualTo(1);

        assertThat(build(SITE + override).exitCode()).isZero();
        assertThat(compiled()).as("the same text: the same classes").isEqualTo(1);

        Run changed = build(SITE + override.replace("Filed under", "In"));
        assertThat(changed.exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("_site/memos/a/index.html"))).contains("<p class=\"meta\">In Notes</p>");
        assertThat(compiled()).as("new text: compiled again").isEqualTo(2);
    }

    @Test
    void aSiteWithoutOverridesCompilesNoTemplate() throws IOException {
        Run run = build(SITE + "=== theme/assets/custom.css\n:root { --accent: #2f6b3a; }\n", "--timings");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("theme templates");
        assertThat(dir.resolve(".quire-cache/templates")).doesNotExist();
        String page = Files.readString(dir.resolve("_site/memos/a/index.html"));
        assertThat(page).contains("<link rel=\"stylesheet\" href=\"/assets/quire.css\">\n<link rel=\"stylesheet\" href=\"/assets/custom.css\">");
        assertThat(dir.resolve("_site/assets/custom.css")).hasContent(":root { --accent: #2f6b3a; }");
    }

    @Test
    void staticFilesReplaceBuiltInOnesAndVerboseSaysSo() throws IOException {
        Run run = build(SITE + """
                === static/favicon.svg
                <svg xmlns="http://www.w3.org/2000/svg"/>
                === theme/assets/quire.js
                // the site's own script
                """, "--verbose");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("""
                  static/favicon.svg replaces the built-in /favicon.svg
                  theme/assets/quire.js replaces the built-in /assets/quire.js
                built 1 memo, """);
        assertThat(dir.resolve("_site/favicon.svg")).hasContent("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertThat(dir.resolve("_site/assets/quire.js")).hasContent("// the site's own script");
        assertThat(build(SITE).out()).doesNotContain("replaces");
    }

    @Test
    void twoOfTheSitesOwnFilesWritingOnePathStayAnError() throws IOException {
        assertFails(build(SITE + """
                === static/assets/custom.css
                body {}
                === theme/assets/custom.css
                body {}
                """), """
                static/assets/custom.css: error: output conflict: theme/assets/custom.css and static/assets/custom.css both write /assets/custom.css
                  hint: rename one of them so that each output file has one source
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void filesTheThemeFolderDoesNotUseAreWarnings() throws IOException {
        Run run = build(SITE + """
                === theme/css/base.css
                body {}
                === theme/templates/memo-page.jte
                x
                """);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("""
                theme/css/base.css: warning: not used: the theme folder holds templates/ and assets/
                  hint: a stylesheet of your own goes in theme/assets/custom.css, linked after the theme's; templates go in theme/templates/
                theme/templates/memo-page.jte: warning: replaces no built-in template, and only partials can be called from others
                  hint: 'quire theme list' shows the names; a new partial goes in theme/templates/partials/
                2 warnings
                """);
    }

    @Test
    void themeCopyStartsAnOverrideFromTheBuiltInTemplate() throws IOException {
        TestSites.write(dir, SITE);
        Run copy = TestSites.quire("theme", "copy", "partials/memo-meta", "-s", dir.toString());
        assertThat(copy.exitCode()).as(copy.err()).isZero();
        assertThat(copy.out()).isEqualTo("copied partials/memo-meta.jte to theme/templates/partials/memo-meta.jte; it now replaces "
                + "the built-in template (keep its @param lines: other templates call it with them)\n");
        assertThat(dir.resolve("theme/templates/partials/memo-meta.jte"))
                .hasContent(TestSites.quire("theme", "show", "partials/memo-meta.jte").out());
        assertThat(TestSites.quire("theme", "list", dir.toString()).out())
                .contains("memo.jte\n").contains("partials/memo-meta.jte   (replaced by theme/templates/partials/memo-meta.jte)\n");

        Run again = TestSites.quire("theme", "copy", "partials/memo-meta.jte", "-s", dir.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("""
                theme/templates/partials/memo-meta.jte: error: the site already has this template
                  hint: edit it, or pass --force to start again from the built-in one
                """);
        Run unknown = TestSites.quire("theme", "copy", "memos", "-s", dir.toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("error: no built-in template 'memos'\n  hint: did you mean 'memo.jte'?\n");
        Run built = TestSites.quire("build", dir.toString());
        assertThat(built.exitCode()).as(built.err()).isZero(); // the copy compiles as it is
    }

    private long compiled() throws IOException {
        try (Stream<Path> dirs = Files.list(dir.resolve(".quire-cache/templates"))) {
            return dirs.filter(d -> Files.exists(d.resolve("compiled"))).count();
        }
    }
}
