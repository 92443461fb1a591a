package dev.quire.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.config.ConfigLoader;
import dev.quire.config.SiteConfig;
import dev.quire.diag.Problems;
import dev.quire.frontmatter.EditorialKeys;
import dev.quire.markdown.MemoBody;
import dev.quire.source.MemoSource;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteAssemblerTest {
    private static final SiteConfig CONFIG = ConfigLoader.parse("title: Notes\nlatest: 2\n", new Problems()).orElseThrow();

    private static Memo memo(String slug, String date, String category, List<String> tags, String question) {
        MemoSource source = new MemoSource("memos/" + slug + ".md", Path.of("memos/" + slug + ".md"), slug, null, List.of());
        return new Memo(source, slug, "Title " + slug, OffsetDateTime.parse(date), Label.of(category), Label.distinct(tags), "", "", question,
                false, new MemoBody("<p>x</p>", "", 100, List.of(), List.of(), List.of(), "", false, false, false, false, List.of()), 1,
                List.of(), EditorialKeys.NONE, "", List.of());
    }

    @Test
    void memosOfOneDayAreOrderedByTheirTimesNewestFirst() {
        Site site = SiteAssembler.assemble(CONFIG, List.of(
                memo("morning", "2026-05-12T09:30Z", "A", List.of(), ""),
                memo("older", "2026-05-01T00:00Z", "A", List.of(), ""),
                memo("afternoon", "2026-05-12T16:00Z", "A", List.of(), ""),
                memo("berlin-evening", "2026-05-12T17:00+02:00", "A", List.of(), "")));
        assertThat(site.memos()).extracting(Memo::slug).containsExactly("afternoon", "berlin-evening", "morning", "older");
        assertThat(site.latest()).extracting(Memo::slug).containsExactly("afternoon", "berlin-evening");
        assertThat(site.older(site.memos().get(0))).map(Memo::slug).contains("berlin-evening");
        assertThat(site.newer(site.memos().get(0))).isEmpty();
    }

    @Test
    void spellingsOfOneTagShareOnePageNamedAfterTheNewestMemo() {
        Site site = SiteAssembler.assemble(CONFIG, List.of(
                memo("a", "2026-01-01T00:00Z", "Optimization", List.of("weight-decay"), ""),
                memo("b", "2026-02-01T00:00Z", "optimization", List.of("Weight decay", "Adam"), "")));
        assertThat(site.tags()).extracting(Term::name).containsExactly("Adam", "Weight decay");
        assertThat(site.tags().get(1).memos()).extracting(Memo::slug).containsExactly("b", "a");
        assertThat(site.categories()).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo("categories/optimization/");
            assertThat(c.memos()).hasSize(2);
        });
    }

    @Test
    void theTopicLogHoldsOnlyMemosThatAskAQuestion() {
        Site site = SiteAssembler.assemble(CONFIG, List.of(
                memo("asks", "2026-01-01T00:00Z", "A", List.of(), "why warmup helps."),
                memo("silent", "2026-02-01T00:00Z", "A", List.of(), "")));
        assertThat(site.topicLog()).extracting(Memo::question).containsExactly("why warmup helps.");
    }
}
