package dev.quire.pipeline;

import dev.quire.content.Memo;
import dev.quire.output.Inputs;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which parts of the site model differ between two builds, as {@link Inputs} keys: a memo that
 * changed at all ({@code memo:slug}); one whose summary changed, or that came or went
 * ({@code summary:slug}, and then the full lists too).
 *
 * <p>A memo's summary is every component of {@link Memo} except its body, read reflectively so
 * that a field added to {@code Memo} later counts as visible in lists until said otherwise: when
 * in doubt, render more.
 */
final class MemoChanges {
    /**
     * Components lists never show: the body and what is read from it alone (its search text,
     * feed HTML, flags, links; the word count, which lists show only as the read time, a
     * component of its own).
     */
    private static final Set<String> BODY_ONLY = Set.of("body");
    private static final List<RecordComponent> SUMMARY = List.of(Memo.class.getRecordComponents()).stream()
            .filter(c -> !BODY_ONLY.contains(c.getName())).toList();

    private MemoChanges() {
    }

    static Set<String> between(List<Memo> before, List<Memo> after) {
        Map<String, Memo> old = bySlug(before);
        Map<String, Memo> now = bySlug(after);
        Set<String> slugs = new HashSet<>(old.keySet());
        slugs.addAll(now.keySet());
        Set<String> keys = new HashSet<>();
        for (String slug : slugs) {
            Memo a = old.get(slug);
            Memo b = now.get(slug);
            if (Objects.equals(a, b)) {
                continue;
            }
            keys.add(Inputs.memo(slug));
            keys.add(Inputs.ANY_MEMO);
            if (a == null || b == null || !sameSummary(a, b)) {
                keys.add(Inputs.summary(slug));
                keys.add(Inputs.MEMO_LIST);
            }
        }
        if (!keys.contains(Inputs.MEMO_LIST) && !order(before).equals(order(after))) {
            keys.add(Inputs.MEMO_LIST);
        }
        return keys;
    }

    private static List<String> order(List<Memo> memos) {
        return memos.stream().map(Memo::slug).toList();
    }

    private static Map<String, Memo> bySlug(List<Memo> memos) {
        Map<String, Memo> out = new HashMap<>();
        memos.forEach(m -> out.put(m.slug().toLowerCase(Locale.ROOT), m));
        return out;
    }

    static boolean sameSummary(Memo a, Memo b) {
        for (RecordComponent c : SUMMARY) {
            if (!Objects.equals(read(c, a), read(c, b))) {
                return false;
            }
        }
        return true;
    }

    private static Object read(RecordComponent c, Memo memo) {
        try {
            return c.getAccessor().invoke(memo);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read Memo." + c.getName(), e);
        }
    }
}
