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
import java.util.regex.Pattern;

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
        Map<String, String> spellings = new HashMap<>(); // a site has few distinct names and many memos
        Function<String, String> spelling = name -> spellings.computeIfAbsent(name, LabelCollisions::spelling);
        for (Memo memo : memos) {
            for (Label label : labels.apply(memo)) {
                Label first = firstBySlug.putIfAbsent(label.slug(), label);
                firstMemo.putIfAbsent(label.slug(), memo);
                if (first == null || spelling.apply(first.name()).equals(spelling.apply(label.name()))
                        || !reported.add(label.slug() + "\u0000" + spelling.apply(label.name()))) {
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

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s._\\-]+");

    /** The name without case, accents or separators: what two ways of writing one name share. */
    private static String spelling(String name) {
        String bare = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        return SEPARATORS.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
