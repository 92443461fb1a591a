package dev.quire.content;

import dev.quire.diag.Problem;
import dev.quire.diag.Problems;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Warns when two category or tag names that are not one name written two ways share a page.
 * "Weight decay" and "weight-decay" differ only in case and separators and are one term on
 * purpose; "Ω" and "O", or "C&" and "C", are not, yet slug to one URL and would merge silently.
 */
public final class LabelCollisions {
    private LabelCollisions() {
    }

    /** {@code memos} in source-path order, so the later file is the one reported. */
    public static void check(List<Memo> memos, Problems problems) {
        check(memos, m -> m.category().isEmpty() ? List.of() : List.of(m.category()), "categories", "category", problems);
        check(memos, Memo::tags, "tags", "tag", problems);
    }

    private static void check(List<Memo> memos, Function<Memo, List<Label>> labels, String section, String what,
                              Problems problems) {
        Map<String, Label> firstBySlug = new HashMap<>();
        Map<String, Memo> firstMemo = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (Memo memo : memos) {
            for (Label label : labels.apply(memo)) {
                Label first = firstBySlug.putIfAbsent(label.slug(), label);
                firstMemo.putIfAbsent(label.slug(), memo);
                if (first == null || spelling(first.name()).equals(spelling(label.name()))
                        || !reported.add(label.slug() + "\u0000" + spelling(label.name()))) {
                    continue;
                }
                String where = firstMemo.get(label.slug()) == memo ? "this memo"
                        : firstMemo.get(label.slug()).source().relativePath();
                problems.add(Problem.warning(memo.source().relativePath(), 1, 1,
                        what + " '" + label.name() + "' shares the page /" + label.path(section) + " with " + what + " '"
                                + first.name() + "' (" + where + "): their memos are listed together",
                        "if they are different things, rename one so that the URLs differ; if they are one, write it one way",
                        "---"));
            }
        }
    }

    /** The name without case, accents or separators: what two ways of writing one name share. */
    private static String spelling(String name) {
        String bare = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return bare.toLowerCase(Locale.ROOT).replaceAll("[\\s._\\-]+", "");
    }
}
