package dev.quire.scaffold;

import dev.quire.config.Placeholders;
import dev.quire.source.Slugs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The files {@code quire new} writes. */
public final class Scaffold {
    /** Words left out of a slug: "Why does warmup stabilize Adam?" gives "warmup-stabilize-adam". */
    private static final Set<String> SLUG_STOP_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "for", "and",
            "or", "is", "are", "do", "does", "did", "why", "what", "how", "when", "which", "who", "can", "with");
    private static final int SLUG_WORDS = 6;

    private Scaffold() {
    }

    /** A memo's file name and text. */
    public record Memo(String fileName, String text) {
    }

    public static Memo memo(String question, String category, LocalDate today) {
        String title = question.strip();
        String clause = title.substring(0, 1).toLowerCase(Locale.ROOT) + title.substring(1);
        String text = "---\n"
                + "title: " + yamlString(title) + "\n"
                + "date: " + today + "\n"
                + "category: " + yamlString(category == null || category.isBlank() ? "Notes" : category.strip()) + "\n"
                + "tags: []\n"
                + "description: \n"
                + "question: " + yamlString(clause) + "\n"
                + "draft: true\n"
                + "---\n"
                + "State the question in one paragraph, then answer it.\n\n"
                + "## Open questions\n\n- \n";
        return new Memo(today + "-" + slug(title) + ".md", text);
    }

    static String slug(String question) {
        String[] words = Slugs.of(question).split("-");
        String kept = Arrays.stream(words).filter(w -> !SLUG_STOP_WORDS.contains(w)).limit(SLUG_WORDS)
                .collect(Collectors.joining("-"));
        return kept.isEmpty() ? Slugs.of(question) : kept;
    }

    public static void site(Path dir, LocalDate today) throws IOException {
        Files.createDirectories(dir.resolve("memos"));
        Files.createDirectories(dir.resolve("static"));
        Files.writeString(dir.resolve("quire.yml"), """
                title: Research notes
                author: %s                 # replace: shown on every page and in citations
                role: Researcher
                tagline: Working notes, one narrow question at a time.
                intro: >-
                  Short memos, each on one question I could not answer quickly.
                  Each one states the question, what I tried, and what is still open.
                base_url: https://%s/  # replace: the address the site is published at
                language: en
                focus: []                         # themes to name under the intro, e.g. [Optimization, Scaling]
                format:
                  - title: One question
                    text: A memo asks one narrow question and stops when it is answered.
                  - title: Show the work
                    text: Derivations, code and numbers stay in the memo, so a reader can check them.
                  - title: Leave questions open
                    text: What is not answered yet is listed at the end, not hidden.
                format_tagline: [One question per memo, Narrow by design]
                latest: 7
                """.formatted(Placeholders.AUTHOR, Placeholders.HOST));
        Files.writeString(dir.resolve("memos").resolve(today + "-first-memo.md"), """
                ---
                title: What this notebook is for
                date: %s
                category: Notes
                tags: [meta]
                description: Why these notes exist and how each memo is written.
                question: what a public research notebook should hold.
                ---
                Each memo asks one narrow question. Math works inline, like $e^{i\\pi} + 1 = 0$, and on its own:

                $$
                \\mathbb{E}[X] = \\sum_x x \\, p(x)
                $$

                ## Open questions

                - What should the second memo ask?
                """.formatted(today));
        // the lock file two builds into _site take in turn stays beside it (OutputLock)
        Files.writeString(dir.resolve(".gitignore"), "_site/\n._site.lock\n.quire-cache/\n");
        Path workflows = dir.resolve(".github").resolve("workflows");
        Files.createDirectories(workflows);
        Files.writeString(workflows.resolve("pages.yml"), PAGES_WORKFLOW);
    }

    /**
     * The GitHub Pages deploy. {@code .quire-cache} travels between deploys with actions/cache, so
     * a deploy from a fresh checkout renders only the formulas and code blocks that changed: the
     * cache is restored from the latest deploy, and saved under a new key after the build.
     */
    static final String PAGES_WORKFLOW = """
            # Builds the site with Quire and publishes it on GitHub Pages (Settings > Pages > Source:
            # GitHub Actions). Quire runs from QUIRE_JAR: commit the quire.jar you build with there, or
            # change the path. .quire-cache (rendered formulas, code blocks and memo bodies) is restored
            # from the last deploy and saved after this one, so a deploy renders only what changed.
            name: Deploy to GitHub Pages
            on:
              push:
                branches: [main]
              workflow_dispatch:
            permissions:
              contents: read
              pages: write
              id-token: write
            concurrency:
              group: pages
              cancel-in-progress: false
            env:
              QUIRE_JAR: .quire/quire.jar
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - uses: actions/setup-java@v4
                    with:
                      distribution: temurin
                      java-version: '17'
                  - name: Restore the render cache of the last deploy
                    uses: actions/cache@v4
                    with:
                      path: .quire-cache
                      key: quire-cache-${{ github.run_id }}
                      restore-keys: quire-cache-
                  - name: Build
                    run: java -jar "$QUIRE_JAR" build . --timings
                  - uses: actions/upload-pages-artifact@v3
                    with:
                      path: _site
              deploy:
                needs: build
                runs-on: ubuntu-latest
                environment:
                  name: github-pages
                  url: ${{ steps.deployment.outputs.page_url }}
                steps:
                  - id: deployment
                    uses: actions/deploy-pages@v4
            """;

    private static String yamlString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
