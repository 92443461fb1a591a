package dev.quire.frontmatter;

import dev.quire.diag.SourceText;
import dev.quire.yaml.YamlMap;
import java.util.ArrayList;
import java.util.List;

/**
 * The front-matter keys the editorial tools read: {@code answers: [slug#n]} (this memo answers
 * the n-th open question of memo {@code slug}) and {@code distinct_from: [slug]} (this memo is
 * not a repeat of {@code slug}, whatever the repetition check says). Whether the slugs exist is
 * checked once every memo is read.
 *
 * @param questionLine the line of {@code question:} (or of the title when there is none), where
 *     a likely repeat is reported
 */
public record EditorialKeys(List<MemoRef> answers, List<MemoRef> distinctFrom, int questionLine, String questionSourceLine) {

    public static final EditorialKeys NONE = new EditorialKeys(List.of(), List.of(), 1, null);

    static EditorialKeys read(SourceText source, YamlMap yaml) {
        List<MemoRef> answers = new ArrayList<>();
        for (YamlMap.Located item : yaml.locatedStringList("answers")) {
            String text = item.value().strip();
            int hash = text.indexOf('#');
            int n = hash > 0 ? parseItem(text.substring(hash + 1)) : 0;
            if (n <= 0) {
                yaml.errorAtPosition(item.line(), item.column(), "'" + text + "' does not name an open question",
                        "write the memo's slug and the question's number, such as 'adam-warmup#2'");
                continue;
            }
            answers.add(new MemoRef(text.substring(0, hash).strip(), n, text, item.line(), item.column(), source.line(item.line())));
        }
        List<MemoRef> distinct = yaml.locatedStringList("distinct_from").stream()
                .map(item -> new MemoRef(item.value().strip(), 0, item.value(), item.line(), item.column(), source.line(item.line())))
                .toList();
        int line = yaml.keyLine("question") > 0 ? yaml.keyLine("question") : Math.max(yaml.keyLine("title"), 1);
        return new EditorialKeys(List.copyOf(answers), distinct, line, source.line(line));
    }

    private static int parseItem(String digits) {
        try {
            return Integer.parseInt(digits.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
