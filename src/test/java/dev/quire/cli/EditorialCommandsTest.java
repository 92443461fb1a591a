package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestSites;
import dev.quire.testing.TestSites.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quire stats} and the closest memos {@code quire new memo} prints before writing. */
class EditorialCommandsTest {
    private static final String SITE = """
            === quire.yml
            title: Notes
            === memos/2026-03-02-warmup.md
            ---
            title: Warmup
            date: 2026-03-02
            category: Optimization
            question: why a short learning-rate warmup prevents early divergence with Adam.
            ---
            One two three four five.
            === memos/2026-03-10-probes.md
            ---
            title: Probes
            date: 2026-03-10
            category: Interpretability
            question: whether probe accuracy reflects the representation or the probe's capacity.
            ---
            One two three.
            === memos/2026-04-20-noise.md
            ---
            title: Noise
            date: 2026-04-20
            category: Optimization
            question: how the gradient noise scale changes over one training run.
            ---
            One.
            """;

    @TempDir
    Path dir;

    @Test
    void statsPrintsMonthsCategoriesStreakAndWords() throws IOException {
        TestSites.write(dir, SITE);
        Run run = TestSites.quire("stats", dir.toString());
        assertThat(run.out()).isEqualTo("""
                3 memos, 2026-03-02 to 2026-04-20
                words: 9 in all; 3 a memo on average, median 3, shortest 1, longest 5
                weekly streak: 1 week up to the newest memo, longest 2 weeks; memos in 3 weeks

                per month:
                  2026-03    2  ##
                  2026-04    1  #

                per category:
                  Optimization        2  ##
                  Interpretability    1  #
                """);
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void newMemoPrintsTheClosestEarlierMemosAndFlagsARepeat() throws IOException {
        TestSites.write(dir, SITE);
        Run run = TestSites.quire("new", "memo", "What makes Adam diverge early when the learning rate is not warmed up?",
                "-s", dir.toString());
        assertThat(run.out()).startsWith("closest earlier memos:\n  0.")
                .contains("  warmup: why a short learning-rate warmup prevents early divergence with Adam.\n")
                .contains("warning: this looks like a repeat of 'warmup' (similarity ")
                .contains("hint: if it asks something else, say so in the new memo's front matter: 'distinct_from: [warmup]'");
        assertThat(run.out().lines().filter(l -> l.startsWith("  0.")).count()).isBetween(1L, 3L);
        assertThat(run.exitCode()).isZero();
        assertThat(dir.resolve("memos/" + LocalDate.now() + "-makes-adam-diverge-early-learning-rate.md")).exists();
    }

    @Test
    void aDifferentQuestionIsNotFlagged() throws IOException {
        TestSites.write(dir, SITE);
        Run run = TestSites.quire("new", "memo", "Which tokenizer gives the best compression on code?", "-s", dir.toString());
        assertThat(run.out()).doesNotContain("warning");
        assertThat(Files.list(dir.resolve("memos")).count()).isEqualTo(4);
    }
}
