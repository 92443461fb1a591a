package dev.quire.yaml;

import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import dev.quire.source.ControlCharacters;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Finds the values of a YAML text that hold a character no page or feed can carry
 * ({@link ControlCharacters}). The file itself was checked when it was read, so such a character
 * comes from an escape in a double-quoted string, most often a backslash meant literally:
 * {@code "\begin{align}"} is a backspace and "egin". Each is reported at the escape.
 */
final class YamlControls {
    private YamlControls() {
    }

    /** @param firstLine the file line of the YAML's first line */
    static void report(Node root, String yaml, SourceText source, int firstLine, Problems problems, String what) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>()); // aliases may make the tree a graph
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (!seen.add(node)) {
                continue;
            }
            if (node instanceof ScalarNode scalar) {
                check(scalar, yaml, source, firstLine, problems, what);
            } else if (node instanceof SequenceNode sequence) {
                sequence.getValue().forEach(todo::push);
            } else if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    todo.push(tuple.getKeyNode());
                    todo.push(tuple.getValueNode());
                }
            }
        }
    }

    private static void check(ScalarNode scalar, String yaml, SourceText source, int firstLine, Problems problems, String what) {
        int bad = ControlCharacters.first(scalar.getValue());
        if (bad < 0 || scalar.getStartMark().isEmpty()) {
            return;
        }
        char c = scalar.getValue().charAt(bad);
        Mark start = scalar.getStartMark().get();
        int from = offset(yaml, start.getIndex());
        int to = scalar.getEndMark().map(m -> offset(yaml, m.getIndex())).orElse(yaml.length());
        int escape = scalar.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED ? escapeOf(yaml, from, to) : -1;
        SourceText.Position at = SourceText.position(yaml, escape >= 0 ? escape : from);
        String hint = escape >= 0
                ? "in double quotes a backslash starts an escape, and \"" + escapeText(yaml, escape)
                        + "\" is that character: write \\\\ for a backslash, or put the value in single quotes"
                : "remove it from the value";
        problems.error(source, firstLine + at.line() - 1, at.column(),
                "a value in " + what + " holds the control character " + ControlCharacters.name(c)
                        + ", which no page or feed can carry", hint);
    }

    /** The char offset of a code-point index (SnakeYAML counts code points). */
    private static int offset(String text, int codePoints) {
        try {
            return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
        } catch (IndexOutOfBoundsException e) {
            return text.length();
        }
    }

    /** Where in {@code yaml[from, to)}, a double-quoted scalar, the first escape making a forbidden character is. */
    private static int escapeOf(String yaml, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            if (yaml.charAt(i) != '\\') {
                continue;
            }
            int made = switch (yaml.charAt(i + 1)) {
                case '0' -> 0;
                case 'a' -> 7;
                case 'b' -> 8;
                case 'v' -> 11;
                case 'f' -> 12;
                case 'e' -> 27;
                case 'x' -> hex(yaml, i + 2, 2, to);
                case 'u' -> hex(yaml, i + 2, 4, to);
                case 'U' -> hex(yaml, i + 2, 8, to);
                default -> -1;
            };
            if (made >= 0 && made <= 0xFFFF && ControlCharacters.forbidden((char) made)) {
                return i;
            }
            i++; // the escaped character, a backslash included, is not the start of another escape
        }
        return -1;
    }

    /** The escape at {@code at}: "\\b", "\\x07". */
    private static String escapeText(String yaml, int at) {
        int digits = switch (yaml.charAt(at + 1)) {
            case 'x' -> 2;
            case 'u' -> 4;
            case 'U' -> 8;
            default -> 0;
        };
        return yaml.substring(at, Math.min(yaml.length(), at + 2 + digits));
    }

    private static int hex(String text, int from, int digits, int to) {
        if (from + digits > to) {
            return -1;
        }
        try {
            return Integer.parseInt(text.substring(from, from + digits), 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
