package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.SiteFiles;
import dev.quire.testing.TestSites;
import dev.quire.testing.TestSites.Run;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a first-time user is told: placeholders still in quire.yml, drafts written and left out. */
class FirstRunTest {
    /** What {@code build} says of a site fresh from {@code quire new site}. */
    static final String PLACEHOLDER_WARNINGS = """
            quire.yml:2:9: warning: 'author' is still the placeholder 'Your Name' of 'quire new site': it would be published on every page and in every citation
              2 | author: Your Name                 # replace: shown on every page and in citations
                |         ^
              hint: write your name as readers should cite it, e.g. 'author: Ada Example'
            quire.yml:8:11: warning: 'base_url' is still the placeholder of 'quire new site': feeds, the sitemap and canonical links would point to notes.example.org
              8 | base_url: https://notes.example.org/  # replace: the address the site is published at
                |           ^
              hint: set it to the address the site will be published at, e.g. 'base_url: https://jdoe.github.io/notes/'
            2 warnings
            """;

    @TempDir
    Path dir;

    @Test
    void buildWarnsWhileThePlaceholdersWouldBePublishedAndStopsOnceReplaced() throws IOException {
        TestSites.quire("new", "site", dir.toString());
        Run fresh = TestSites.quire("build", dir.toString());
        assertThat(fresh.exitCode()).isZero();
        assertThat(fresh.err()).isEqualTo(PLACEHOLDER_WARNINGS);

        SiteFiles.edit(dir.resolve("quire.yml"), "author: Your Name", "author: Ada Example");
        assertThat(TestSites.quire("build", dir.toString()).err()).isEqualTo("""
                quire.yml:8:11: warning: 'base_url' is still the placeholder of 'quire new site': feeds, the sitemap and canonical links would point to notes.example.org
                  8 | base_url: https://notes.example.org/  # replace: the address the site is published at
                    |           ^
                  hint: set it to the address the site will be published at, e.g. 'base_url: https://jdoe.github.io/notes/'
                1 warning
                """);

        SiteFiles.edit(dir.resolve("quire.yml"), "https://notes.example.org/", "https://ada.example.net/notes/");
        Run published = TestSites.quire("build", dir.toString());
        assertThat(published.err()).isEmpty();
        assertThat(published.exitCode()).isZero();
    }

    @Test
    void checkAndServeDoNotWarnAboutPlaceholders() {
        TestSites.quire("new", "site", dir.toString());
        Run check = TestSites.quire("check", dir.toString());
        assertThat(check.out()).doesNotContain("placeholder");
        assertThat(check.err()).doesNotContain("placeholder");
    }

    @Test
    void newMemoSaysItWroteADraftAndHowToPublishIt() {
        TestSites.quire("new", "site", dir.toString());
        Run run = TestSites.quire("new", "memo", "What does a draft look like?", "-s", dir.toString());
        Path memo = dir.resolve("memos").resolve(LocalDate.now() + "-draft-look-like.md");
        assertThat(run.out()).endsWith("wrote " + memo.normalize()
                + ", a draft: 'quire serve --drafts' previews it, 'quire build' leaves it out\n"
                + "  to publish it, set 'draft: false' in its front matter (or remove the line)\n");
    }

    @Test
    void buildSaysHowManyDraftsItLeftOut() {
        TestSites.quire("new", "site", dir.toString());
        TestSites.quire("new", "memo", "What does a draft look like?", "-s", dir.toString());
        String draft = "memos/" + LocalDate.now() + "-draft-look-like.md";
        Run one = TestSites.quire("build", dir.toString());
        assertThat(one.out()).startsWith("built 1 memo, ")
                .endsWith("\nleft out 1 draft: " + draft + " (set 'draft: false' to publish it; --drafts builds drafts too)\n");

        TestSites.quire("new", "memo", "Which questions come next?", "-s", dir.toString());
        TestSites.quire("new", "memo", "Why keep notes public?", "-s", dir.toString());
        TestSites.quire("new", "memo", "How long should a memo be?", "-s", dir.toString());
        String day = "memos/" + LocalDate.now() + "-";
        assertThat(TestSites.quire("build", dir.toString()).out())
                .endsWith("\nleft out 4 drafts: " + day + "draft-look-like.md, " + day + "keep-notes-public.md, "
                        + day + "long-should-memo-be.md, ... (set 'draft: false' to publish one; --drafts builds drafts too)\n");

        Run all = TestSites.quire("build", dir.toString(), "--drafts");
        assertThat(all.out()).startsWith("built 5 memos, ").doesNotContain("left out");
    }
}
