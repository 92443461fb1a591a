package dev.quire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KaTeX's stylesheet and fonts are shipped when a page has math, even if no memo has any. */
class PageMathAssetsTest {
    @Test
    void mathOnAPageAloneShipsTheStylesheetItLinks(@TempDir Path dir) throws Exception {
        TestSites.write(dir, """
                === quire.yml
                title: Notes
                === memos/a.md
                ---
                title: Plain
                date: 2026-01-01
                ---
                No formulas here.
                === pages/about.md
                ---
                title: About
                ---
                I study $x^2$.
                """);
        assertThat(TestSites.quire("build", dir.toString()).exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("_site/about/index.html"))).contains("assets/katex/katex.min.css");
        assertThat(dir.resolve("_site/assets/katex/katex.min.css")).exists();
        try (var fonts = Files.list(dir.resolve("_site/assets/katex/fonts"))) {
            assertThat(fonts.count()).isPositive();
        }
    }
}
