package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestSites;
import dev.quire.testing.TestSites.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure that is not a problem of the content (a defect, an I/O failure) is one line and exit 3. */
class DefectLineTest {
    @TempDir
    Path dir;

    @Test
    void anOutputFolderThatCannotBeMadeIsOneLineAndExit3() throws IOException {
        TestSites.write(dir.resolve("site"), "=== quire.yml\ntitle: Notes\n=== memos/a.md\n---\ntitle: A\ndate: 2026-01-01\n---\nBody.\n");
        Files.writeString(dir.resolve("file"), "not a folder");
        Run run = TestSites.quire("build", dir.resolve("site").toString(), "-o", dir.resolve("file/out").toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).hasLineCount(1).startsWith("error: ").endsWith(" (set QUIRE_DEBUG=1 for the trace)\n");
    }
}
