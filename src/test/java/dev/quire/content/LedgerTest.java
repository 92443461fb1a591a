package dev.quire.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.frontmatter.EditorialKeys;
import dev.quire.markdown.MemoBody;
import dev.quire.frontmatter.MemoRef;
import dev.quire.source.MemoSource;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTest {
    private static Memo memo(String slug, String date, List<String> questions, List<String> answers) {
        MemoSource source = new MemoSource("memos/" + slug + ".md", Path.of("memos/" + slug + ".md"), slug, null, List.of());
        List<OpenQuestion> open = new java.util.ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            open.add(new OpenQuestion(i + 1, questions.get(i), false, false));
        }
        List<MemoRef> refs = answers.stream().map(a -> new MemoRef(a.substring(0, a.indexOf('#')),
                Integer.parseInt(a.substring(a.indexOf('#') + 1)), a, 4, 1, "")).toList();
        return new Memo(source, slug, slug, OffsetDateTime.parse(date), Label.of("A"), List.of(), "", "", "",
                false, new MemoBody("", "", 1, List.of(), List.of(), List.of(), "", false, false, false, false, List.of()), 1,
                List.copyOf(open), new EditorialKeys(refs, List.of(), 1, null), "", List.of());
    }

    private final Memo first = memo("first", "2026-01-01T00:00Z", List.of("One?", "Two?", " "), List.of());
    private final Memo second = memo("second", "2026-02-01T00:00Z", List.of("Three?"), List.of("first#2"));
    private final Memo third = memo("third", "2026-03-01T00:00Z", List.of(), List.of("first#2", "second#1", "gone#1"));
    private final Ledger ledger = Ledger.of(List.of(third, second, first));

    @Test
    void everyNonEmptyItemNewestMemoFirst() {
        assertThat(ledger.entries()).extracting(e -> e.memo().slug()).containsExactly("second", "first");
        assertThat(ledger.entries().get(1).items()).extracting(i -> i.question().html()).containsExactly("One?", "Two?");
        assertThat(ledger.questionCount()).isEqualTo(3);
    }

    @Test
    void answersLinkBothWaysOldestAnswerFirst() {
        Ledger.Item two = ledger.entries().get(1).items().get(1);
        assertThat(ledger.answers(two)).extracting(Memo::slug).containsExactly("second", "third");
        assertThat(ledger.answeredIn(third)).extracting(Ledger.Item::key).containsExactly("first#2", "second#1");
        assertThat(ledger.answeredOf(first)).extracting(Ledger.Item::key).containsExactly("first#2");
        assertThat(ledger.answeredCount()).isEqualTo(2);
    }
}
