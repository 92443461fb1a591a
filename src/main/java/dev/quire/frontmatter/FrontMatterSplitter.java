package dev.quire.frontmatter;

import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import java.util.Optional;

/**
 * Cuts the {@code ---} fenced YAML block off the top of a memo. A memo without one, or with one
 * that never closes, is reported; the closing fence may also be {@code ...} as in YAML.
 */
public final class FrontMatterSplitter {
    private FrontMatterSplitter() {
    }

    public static Optional<Split> split(SourceText source, Problems problems) {
        String text = source.text();
        if (!isFence(firstLine(text))) {
            problems.error(source, 1, 1, "no front matter: a memo must start with a '---' line",
                    "begin the file with ---, then 'title:' and 'date:' lines, then --- again");
            return Optional.empty();
        }
        int lineStart = text.indexOf('\n') + 1;
        int line = 2;
        while (lineStart > 0 && lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            String content = end < 0 ? text.substring(lineStart) : text.substring(lineStart, end);
            if (isFence(content) || content.stripTrailing().equals("...")) {
                String yaml = text.substring(text.indexOf('\n') + 1, lineStart);
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new Split(yaml, 2, body, line + 1));
            }
            if (end < 0) {
                break;
            }
            lineStart = end + 1;
            line++;
        }
        problems.error(source, 1, 1, "unterminated front matter: the '---' on line 1 is never closed",
                "add a line with only --- after the last front matter key");
        return Optional.empty();
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }
}
