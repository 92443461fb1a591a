package dev.quire.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quire new site} writes a GitHub Pages workflow that carries .quire-cache from one deploy to the next. */
class PagesWorkflowTest {
    @Test
    void theWorkflowRestoresAndSavesTheRenderCache(@TempDir Path dir) throws Exception {
        Scaffold.site(dir, LocalDate.of(2026, 1, 5));
        String workflow = Files.readString(dir.resolve(".github/workflows/pages.yml"));
        assertThat(workflow).contains("uses: actions/cache@v4", "path: .quire-cache",
                "key: quire-cache-${{ github.run_id }}", "restore-keys: quire-cache-",
                "run: java -jar \"$QUIRE_JAR\" build . --timings", "path: _site", "uses: actions/deploy-pages@v4");
        // the cache step comes before the build, so the build reads it and the step's post-job save keeps what it added
        assertThat(workflow.indexOf("actions/cache")).isLessThan(workflow.indexOf("build . --timings"));
    }

    /** What a build leaves beside the sources (output, its lock file, the cache) stays out of git. */
    @Test
    void theGitignoreCoversWhatABuildLeavesBeside(@TempDir Path dir) throws Exception {
        Scaffold.site(dir, LocalDate.of(2026, 1, 5));
        List<String> before = names(dir);
        assertThat(TestSites.quire("build", dir.toString()).exitCode()).isZero();
        List<String> ignored = Files.readAllLines(dir.resolve(".gitignore")).stream().map(l -> l.replaceAll("/$", "")).toList();
        assertThat(names(dir).stream().filter(n -> !before.contains(n)).toList()).isNotEmpty().allSatisfy(n -> assertThat(ignored).contains(n));
    }

    private static List<String> names(Path dir) throws java.io.IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
