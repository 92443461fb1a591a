package dev.quire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestSites;
import dev.quire.testing.TestSites.Run;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What goes wrong with pages, menus, aliases, revisions and the publications page: each case's
 * exact message at the place that caused it, exit code 1, and nothing written.
 */
class PagesBadInputTest {
    private static final String CONFIG = "=== quire.yml\ntitle: Notes\n";
    private static final String GOOD = "=== memos/good.md\n---\ntitle: Fine\ndate: 2026-01-01\n---\nBody.\n";
    private static final String ABOUT = "=== pages/about.md\n---\ntitle: About\n---\nWho writes this.\n";

    @TempDir
    Path dir;

    private void assertFails(String spec, String expectedErr) throws IOException {
        TestSites.write(dir, spec);
        Run run = TestSites.quire("build", dir.toString(), "--no-cache");
        assertThat(run.err()).isEqualTo(expectedErr);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(dir.resolve("_site")).doesNotExist();
    }

    @Test
    void pageTakingTheAddressOfQuiresOwnPage() throws IOException {
        assertFails(CONFIG + GOOD + "=== pages/archive.md\n---\ntitle: My archive\n---\nOld posts.\n", """
                pages/archive.md:1:1: error: the page pages/archive.md would write /archive/, which is the archive page
                  1 | ---
                    | ^
                  hint: rename the file, or give the page another address with 'slug:'
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void pageTakingAFolderOfQuiresOwn() throws IOException {
        assertFails(CONFIG + GOOD + "=== pages/me.md\n---\ntitle: Me\nslug: memos\n---\nHi.\n", """
                pages/me.md:3:7: error: the page pages/me.md would write /memos/, a folder of Quire's own
                  3 | slug: memos
                    |       ^
                  hint: rename the file, or give the page another address with 'slug:'
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void twoPagesWithOneAddress() throws IOException {
        assertFails(CONFIG + GOOD + ABOUT + "=== pages/me.md\n---\ntitle: Me\nslug: about\n---\nHi.\n", """
                pages/me.md:3:7: error: the page pages/me.md has the address /about/, as pages/about.md has
                  3 | slug: about
                    |       ^
                  hint: rename one of the files, or give one another 'slug:'
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void aliasThatIsAPagesAddress() throws IOException {
        assertFails(CONFIG + ABOUT + "=== memos/good.md\n---\ntitle: Fine\ndate: 2026-01-01\naliases: [/old/, /about/]\n---\nBody.\n",
                """
                memos/good.md:4:18: error: the alias '/about/' is already taken by the page of pages/about.md
                  4 | aliases: [/old/, /about/]
                    |                  ^
                  hint: an alias is an old address that no page has now: remove it from 'aliases:'
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void aliasThatIsAMemosAddressOrAnotherAlias() throws IOException {
        assertFails(CONFIG + GOOD + "=== memos/other.md\n---\ntitle: Other\ndate: 2026-01-02\naliases:\n  - /memos/good/\n"
                + "  - /2025/old.html\n---\nBody.\n"
                + "=== pages/about.md\n---\ntitle: About\naliases: [/2025/old.html]\n---\nHi.\n", """
                memos/other.md:5:5: error: the alias '/memos/good/' is already taken by the page of memos/good.md
                  5 |   - /memos/good/
                    |     ^
                  hint: an alias is an old address that no page has now: remove it from 'aliases:'
                pages/about.md:3:11: error: the alias '/2025/old.html' is already taken by an alias of memos/other.md
                  3 | aliases: [/2025/old.html]
                    |           ^
                  hint: an alias is an old address that no page has now: remove it from 'aliases:'
                build failed: 2 errors; nothing was written
                """);
    }

    @Test
    void aliasThatIsNoAddressOfTheSite() throws IOException {
        assertFails(CONFIG + "=== memos/good.md\n---\ntitle: Fine\ndate: 2026-01-01\naliases: [old-post, https://x.org/a/, /a/../b/]\n---\nBody.\n",
                """
                memos/good.md:4:11: error: the alias 'old-post' is not an address on this site
                  4 | aliases: [old-post, https://x.org/a/, /a/../b/]
                    |           ^
                  hint: write the old address from the site's root, such as '/2019/05/old-post/' or '/notes/old.html'
                memos/good.md:4:21: error: the alias 'https://x.org/a/' is not an address on this site
                  4 | aliases: [old-post, https://x.org/a/, /a/../b/]
                    |                     ^
                  hint: write the old address from the site's root, such as '/2019/05/old-post/' or '/notes/old.html'
                memos/good.md:4:39: error: the alias '/a/../b/' is not an address on this site
                  4 | aliases: [old-post, https://x.org/a/, /a/../b/]
                    |                                       ^
                  hint: write the old address from the site's root, such as '/2019/05/old-post/' or '/notes/old.html'
                build failed: 3 errors; nothing was written
                """);
    }

    @Test
    void menuNamingNoPage() throws IOException {
        assertFails("=== quire.yml\ntitle: Notes\nmenu:\n  - abuot\n  - archive\n" + GOOD + ABOUT, """
                quire.yml:3:5: error: the menu names 'abuot', which is no page of the site
                  3 |   - abuot
                    |     ^
                  hint: did you mean 'about'?
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void menuLinkWithoutAnAddress() throws IOException {
        assertFails("=== quire.yml\ntitle: Notes\nmenu:\n  - {title: Code}\n" + GOOD, """
                quire.yml:3:5: error: a menu entry needs either a 'url' or a 'page'
                  3 |   - {title: Code}
                    |     ^
                  hint: write '{title: Code, url: https://github.com/you}' or '{title: Résumé, page: cv}'
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void updatedBeforeTheMemosDate() throws IOException {
        assertFails(CONFIG + "=== memos/good.md\n---\ntitle: Fine\ndate: 2026-03-01\nupdated: 2026-02-01\n---\nBody.\n", """
                memos/good.md:4:10: error: 'updated' (2026-02-01) is before the memo's 'date'
                  4 | updated: 2026-02-01
                    |          ^
                  hint: 'updated' is the date of the last revision, on or after the date the memo was published
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void pageWithoutFrontMatter() throws IOException {
        assertFails(CONFIG + GOOD + "=== pages/about.md\n# About\n\nWho writes this.\n", """
                pages/about.md:1:1: error: no front matter: a page must start with a '---' line
                  1 | # About
                    | ^
                  hint: begin the file with ---, then a line such as 'title: About', then --- again
                build failed: 1 error; nothing was written
                """);
    }

    @Test
    void publicationWhosePdfIsNoFileOfTheSite() throws IOException {
        assertFails("=== quire.yml\ntitle: Notes\npublications: true\n" + GOOD
                + "=== references.bib\n@article{mine2024,\n  author = {Doe, Jane},\n  title = {A Title},\n"
                + "  journal = {J},\n  year = {2024},\n  pdf = {papers/mine2024.pdf},\n  keywords = {mine}\n}\n", """
                references.bib:1:1: error: the PDF of 'mine2024' is 'papers/mine2024.pdf', which is no file of static/
                  1 | @article{mine2024,
                    | ^
                  hint: put the file at static/papers/mine2024.pdf, or give its full address (https://…)
                build failed: 1 error; nothing was written
                """);
    }
}
