package dev.quire.similar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One half of the labelled pairs of {@code src/test/resources/repetition/} (format in its
 * README.md), read as a small site: every distinct question is a memo, the optional context column
 * its title and description.
 */
record LabelledPairs(List<Pair> pairs, List<MemoText> memos) {
    static final Path DIR = Path.of("src/test/resources/repetition");

    /** Two memos of {@link #memos} by index, and whether they ask the same question. */
    record Pair(boolean same, int a, int b) {
    }

    static LabelledPairs read(String file) throws IOException {
        Map<String, String> contexts = new LinkedHashMap<>();
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 3 || !(f[0].equals("same") || f[0].equals("different"))) {
                throw new IllegalArgumentException(file + ": not 'same|different<TAB>A<TAB>B[<TAB>context A<TAB>context B]': " + line);
            }
            rows.add(f);
            for (int side = 1; side <= 2; side++) {
                String context = f.length > side + 2 ? f[side + 2] : "";
                contexts.merge(f[side], context, (x, y) -> x.isEmpty() ? y : x);
            }
        }
        List<String> questions = new ArrayList<>(contexts.keySet());
        List<MemoText> memos = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            memos.add(new MemoText("q" + i, questions.get(i), "", contexts.get(questions.get(i)), "", List.of()));
        }
        List<Pair> pairs = rows.stream()
                .map(f -> new Pair(f[0].equals("same"), questions.indexOf(f[1]), questions.indexOf(f[2]))).toList();
        return new LabelledPairs(pairs, memos);
    }
}
