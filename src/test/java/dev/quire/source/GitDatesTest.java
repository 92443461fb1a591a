package dev.quire.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.output.MemorySink;
import dev.quire.pipeline.BuildOptions;
import dev.quire.pipeline.SiteBuilder;
import dev.quire.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last commit's date of each memo and page, read from one {@code git log}, and what a build makes of it. */
class GitDatesTest {
    @TempDir
    Path dir;

    @Test
    void eachFilesFirstAppearanceIsItsLastCommit() {
        String log = "\0" + "2026-04-02T10:00:00+02:00\n\nmemos/a.md\npages/cv.md\n\0" + "2026-03-01T09:00:00Z\n\nmemos/a.md\nmemos/b.md\n";
        Map<String, OffsetDateTime> dates = GitDates.parse(log);
        assertThat(dates).containsOnlyKeys("memos/a.md", "memos/b.md", "pages/cv.md");
        assertThat(dates.get("memos/a.md")).isEqualTo(OffsetDateTime.parse("2026-04-02T10:00:00+02:00"));
        assertThat(dates.get("memos/b.md")).isEqualTo(OffsetDateTime.parse("2026-03-01T09:00:00Z"));
    }

    @Test
    void aCommitAfterTheMemosDayIsItsRevisionWhenTheSettingsAsk() throws Exception {
        Path site = dir.resolve("notes");
        TestSites.write(site, """
                === quire.yml
                title: Notes
                base_url: https://notes.example.org/
                updated_from_git: true
                === memos/2026-03-01-revised.md
                ---
                title: Revised later
                date: 2026-03-01
                ---
                Body.
                === memos/2026-03-01-same-day.md
                ---
                title: Committed the day it was written
                date: 2026-03-01
                ---
                Body.
                === memos/2026-03-01-stated.md
                ---
                title: Its own date wins
                date: 2026-03-01
                updated: 2026-03-10
                ---
                Body.
                === pages/cv.md
                ---
                title: CV
                ---
                Positions.
                """);
        Assumptions.assumeTrue(git(dir, "init", "-q", "notes") == 0, "no git on this machine");
        git(site, "add", "memos/2026-03-01-same-day.md", "memos/2026-03-01-revised.md", "memos/2026-03-01-stated.md",
                "pages/cv.md");
        commit(site, "2026-03-01T18:00:00+00:00");
        Files.writeString(site.resolve("memos/2026-03-01-revised.md"), "\nA second paragraph.\n",
                java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(site.resolve("memos/2026-03-01-stated.md"), "\nMore.\n", java.nio.file.StandardOpenOption.APPEND);
        git(site, "add", "-A", "memos");
        commit(site, "2026-04-15T09:30:00+02:00");

        MemorySink sink = new MemorySink();
        new SiteBuilder().build(new BuildOptions(site, site.resolve("_site"), false, null), sink);
        String revised = page(sink, "memos/revised/index.html");
        assertThat(revised).contains("<span class=\"updated\">Updated <time datetime=\"2026-04-15\">April 15, 2026</time></span>")
                .contains("\"dateModified\":\"2026-04-15T09:30:00+02:00\"");
        assertThat(page(sink, "memos/same-day/index.html")).doesNotContain("class=\"updated\"");
        assertThat(page(sink, "memos/stated/index.html")).contains("Updated <time datetime=\"2026-03-10\">");
        assertThat(page(sink, "cv/index.html")).contains("Updated <time datetime=\"2026-03-01\">March 1, 2026</time>");
        assertThat(page(sink, "sitemap.xml")).contains("<loc>https://notes.example.org/memos/revised/</loc><lastmod>2026-04-15</lastmod>");
        assertThat(page(sink, "feed.xml")).contains("<updated>2026-04-15T07:30:00Z</updated>");
    }

    private static String page(MemorySink sink, String path) {
        return new String(sink.files().get(path), StandardCharsets.UTF_8);
    }

    private static void commit(Path repo, String date) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                "commit", "-q", "-m", "edit").directory(repo.toFile()).inheritIO();
        pb.environment().put("GIT_AUTHOR_DATE", date);
        pb.environment().put("GIT_COMMITTER_DATE", date);
        assertThat(pb.start().waitFor()).isZero();
    }

    private static int git(Path where, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            return new ProcessBuilder(command).directory(where.toFile()).inheritIO().start().waitFor();
        } catch (IOException e) {
            return -1;
        }
    }
}
