package dev.quire.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.cache.RenderCache;
import dev.quire.frontmatter.EditorialKeys;
import dev.quire.markdown.MemoBody;
import dev.quire.source.MemoSource;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelatedMemosTest {
    private static Memo memo(String slug, String date, String question, boolean draft) {
        MemoSource source = new MemoSource("memos/" + slug + ".md", Path.of("memos/" + slug + ".md"), slug, null, List.of());
        return new Memo(source, slug, slug, OffsetDateTime.parse(date), Label.of("A"), List.of(), "", "", question,
                draft, new MemoBody("<p>x</p>", "", 100, List.of(), List.of(), List.of(), "", false, false, false, false, List.of()), 1,
                List.of(), EditorialKeys.NONE, "", List.of());
    }

    private static final List<Memo> MEMOS = List.of(
            memo("warmup", "2026-05-05T00:00Z", "why learning-rate warmup stabilizes Adam", false),
            memo("warmup-length", "2026-05-04T00:00Z", "how long the learning-rate warmup of Adam should be", false),
            memo("warmup-draft", "2026-05-03T00:00Z", "does learning-rate warmup help Adam at all", true),
            memo("adam-epsilon", "2026-05-02T00:00Z", "why Adam's epsilon matters in low precision", false),
            memo("decay", "2026-05-01T00:00Z", "whether the learning rate should decay to zero", false),
            memo("tokenizer", "2026-04-01T00:00Z", "which tokenizer compresses code best", false));

    @Test
    void upToThreeClosestFirstNeverItselfNeverADraftNeverUnrelated() {
        RelatedMemos related = RelatedMemos.of(MEMOS, null);
        assertThat(related.of(MEMOS.get(0))).extracting(Memo::slug).containsExactly("warmup-length", "decay", "adam-epsilon");
        assertThat(related.of(MEMOS.get(2))).extracting(Memo::slug).doesNotContain("warmup-draft").isNotEmpty();
        for (Memo m : MEMOS) {
            assertThat(related.of(m)).hasSizeLessThanOrEqualTo(RelatedMemos.COUNT).doesNotContain(m)
                    .noneMatch(Memo::draft);
        }
        assertThat(related.of(MEMOS.get(5))).isEmpty();
    }

    @Test
    void theListsDependOnTheMemosNotOnTheirOrder() {
        RelatedMemos one = RelatedMemos.of(MEMOS, null);
        List<Memo> reversed = new java.util.ArrayList<>(MEMOS);
        java.util.Collections.reverse(reversed);
        RelatedMemos other = RelatedMemos.of(reversed, null);
        for (Memo m : MEMOS) {
            assertThat(other.slugsOf(m)).isEqualTo(one.slugsOf(m));
        }
    }

    @TempDir
    Path dir;

    @Test
    void theNextBuildFindsTheListsInTheCacheUntilAMemoSaysSomethingElse() {
        List<Memo> changed = new java.util.ArrayList<>(MEMOS);
        changed.set(5, memo("tokenizer", "2026-04-01T00:00Z", "how long Adam's warmup should be with a new tokenizer", false));
        List<Memo> drafted = new java.util.ArrayList<>(MEMOS);
        drafted.set(1, memo("warmup-length", "2026-05-04T00:00Z", "how long the learning-rate warmup of Adam should be", true));
        try (RenderCache cache = RenderCache.at(dir)) {
            assertThat(RelatedMemos.of(MEMOS, null).prepare(cache)).isEqualTo("6 memos compared");
        }
        try (RenderCache cache = RenderCache.at(dir)) {
            RelatedMemos kept = RelatedMemos.of(MEMOS, null);
            assertThat(kept.prepare(cache)).isEqualTo("kept from the last build");
            RelatedMemos computed = RelatedMemos.of(MEMOS, null);
            computed.prepare();
            for (Memo m : MEMOS) {
                assertThat(kept.slugsOf(m)).isEqualTo(computed.slugsOf(m));
            }
            assertThat(RelatedMemos.of(changed, null).prepare(cache)).isEqualTo("6 memos compared");
            assertThat(RelatedMemos.of(drafted, null).prepare(cache)).isEqualTo("6 memos compared");
            assertThat(RelatedMemos.of(changed, null).prepare(cache)).isEqualTo("kept from the last build");
        }
    }

    @Test
    void aBuildWhoseMemosSayTheSameTakesTheListsOver() {
        RelatedMemos first = RelatedMemos.of(MEMOS, null);
        first.prepare();
        assertThat(RelatedMemos.of(MEMOS, first).prepare()).isEqualTo("unchanged");
        List<Memo> changed = new java.util.ArrayList<>(MEMOS);
        changed.set(5, memo("tokenizer", "2026-04-01T00:00Z", "how long Adam's warmup should be with a new tokenizer", false));
        assertThat(RelatedMemos.of(changed, first).prepare()).isEqualTo("6 memos compared");
    }
}
