package dev.quire.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestSites;
import dev.quire.testing.TestSites.Run;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An imported blog's deeply nested YAML is reported at its place; it once overflowed the stack. */
class ImportDeepInputTest {
    @TempDir
    Path dir;

    @Test
    void deepFrontMatterAndSettingsAreReportedNotThrown() throws IOException {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        TestSites.write(dir.resolve("blog"), "=== _config.yml\ntitle: " + deep + "\n"
                + "=== _posts/2021-01-01-good.md\n---\ntitle: Good\n---\nBody.\n"
                + "=== _posts/2021-01-02-deep.md\n---\ntitle: Deep\nextra: " + deep + "\n---\nBody.\n");
        Run run = TestSites.quire("import", "jekyll", dir.resolve("blog").toString(), "-o", dir.resolve("out").toString(), "-q");
        assertThat(run.err())
                .contains("_config.yml: warning: cannot read the settings: lists and mappings nested more than 50 levels deep\n")
                .contains("_posts/2021-01-02-deep.md:3:1: ")
                .contains("invalid YAML in the front matter: lists and mappings nested more than 50 levels deep")
                .doesNotContain("\tat ", "Exception");
        assertThat(dir.resolve("out/memos")).isDirectory();
    }
}
