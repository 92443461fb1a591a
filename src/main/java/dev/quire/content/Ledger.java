package dev.quire.content;

import dev.quire.frontmatter.MemoRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open-questions ledger: every item of every published memo's "Open questions" section,
 * newest memo first, with the memos that answer them ({@code answers: [slug#n]}). Answers by or
 * to unpublished memos are left out. Immutable.
 *
 * @param entries the memos that have open questions, newest first
 */
public record Ledger(List<Entry> entries, Map<String, List<Memo>> answeredBy, Map<String, List<Item>> answersOf) {

    /** One memo's open questions. */
    public record Entry(Memo memo, List<Item> items) {
    }

    /** One open question of {@code memo}. */
    public record Item(Memo memo, OpenQuestion question) {
        public String key() {
            return memo.slug() + "#" + question.number();
        }
    }

    /** {@code memos} newest first, as in {@link Site#memos()}. */
    static Ledger of(List<Memo> memos) {
        Map<String, Memo> bySlug = new HashMap<>();
        memos.forEach(m -> bySlug.putIfAbsent(m.slug(), m));
        List<Entry> entries = new ArrayList<>();
        for (Memo memo : memos) {
            // an item left empty (a new memo's placeholder) keeps its number but is not listed
            List<Item> items = memo.openQuestions().stream().filter(q -> !q.html().isBlank()).map(q -> new Item(memo, q)).toList();
            if (!items.isEmpty()) {
                entries.add(new Entry(memo, items));
            }
        }
        // oldest answer first: the order in which the question was taken up
        Map<String, List<Memo>> answeredBy = new LinkedHashMap<>();
        Map<String, List<Item>> answersOf = new LinkedHashMap<>();
        for (int i = memos.size() - 1; i >= 0; i--) {
            Memo answering = memos.get(i);
            for (MemoRef ref : answering.editorial().answers()) {
                Memo asking = bySlug.get(ref.slug());
                if (asking == null || ref.item() > asking.openQuestions().size()) {
                    continue;
                }
                Item item = new Item(asking, asking.openQuestions().get(ref.item() - 1));
                answeredBy.computeIfAbsent(item.key(), k -> new ArrayList<>()).add(answering);
                answersOf.computeIfAbsent(answering.slug(), k -> new ArrayList<>()).add(item);
            }
        }
        return new Ledger(List.copyOf(entries), copy(answeredBy), copy(answersOf));
    }

    private static <T> Map<String, List<T>> copy(Map<String, List<T>> map) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    /** The memos that answer {@code item}, oldest first; empty while it is open. */
    public List<Memo> answers(Item item) {
        return answeredBy.getOrDefault(item.key(), List.of());
    }

    /** The open questions of other memos that {@code memo} answers. */
    public List<Item> answeredIn(Memo memo) {
        return answersOf.getOrDefault(memo.slug(), List.of());
    }

    /** {@code memo}'s own open questions that a later memo answers. */
    public List<Item> answeredOf(Memo memo) {
        return memo.openQuestions().stream().map(q -> new Item(memo, q)).filter(i -> !answers(i).isEmpty()).toList();
    }

    public int questionCount() {
        return entries.stream().mapToInt(e -> e.items().size()).sum();
    }

    public int answeredCount() {
        return answeredBy.size();
    }
}
