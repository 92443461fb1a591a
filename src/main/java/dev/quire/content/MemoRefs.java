package dev.quire.content;

import dev.quire.diag.DidYouMean;
import dev.quire.diag.Problem;
import dev.quire.diag.Problems;
import dev.quire.frontmatter.MemoRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the memo references of front matter once every memo is read: each {@code answers:
 * [slug#n]} must name a memo and one of its open questions, each {@code distinct_from: [slug]} a
 * memo. Drafts count as existing, so a reference to one is not an error before it is published.
 */
public final class MemoRefs {
    private MemoRefs() {
    }

    public static void check(List<Memo> memos, Problems problems) {
        Map<String, Memo> bySlug = new HashMap<>();
        memos.forEach(m -> bySlug.putIfAbsent(m.slug(), m));
        for (Memo memo : memos) {
            String file = memo.source().relativePath();
            for (MemoRef ref : memo.editorial().answers()) {
                Memo target = bySlug.get(ref.slug());
                if (target == null) {
                    problems.add(unknown(file, ref, "answers", bySlug));
                } else if (ref.item() > target.openQuestions().size()) {
                    int count = target.openQuestions().size();
                    problems.add(Problem.error(file, ref.line(), ref.column(),
                            "'" + ref.slug() + "' has no open question " + ref.item(),
                            count == 0 ? "it has no 'Open questions' section"
                                    : "its open questions are numbered 1 to " + count + ", in the order of its list",
                            ref.sourceLine()));
                }
            }
            for (MemoRef ref : memo.editorial().distinctFrom()) {
                if (!bySlug.containsKey(ref.slug())) {
                    problems.add(unknown(file, ref, "distinct_from", bySlug));
                }
            }
        }
    }

    private static Problem unknown(String file, MemoRef ref, String key, Map<String, Memo> bySlug) {
        return Problem.error(file, ref.line(), ref.column(), "unknown memo '" + ref.slug() + "' in '" + key + "'",
                DidYouMean.hint(ref.slug(), bySlug.keySet().stream().sorted().toList(),
                        "write the slug of a memo: its file name without the date, or its 'slug:'"),
                ref.sourceLine());
    }
}
