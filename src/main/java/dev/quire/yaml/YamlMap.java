package dev.quire.yaml;

import dev.quire.diag.DidYouMean;
import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping read with positions, so that every typed read can report a wrong value at its
 * line and column in the original file. Used for {@code quire.yml} and memo front matter.
 *
 * <p>Reads never throw: a value of the wrong shape is reported to {@link Problems} and treated as
 * absent, so one pass finds every problem of a file.
 */
public final class YamlMap {
    private final SourceText source;
    private final int firstLine;
    private final Map<String, NodeTuple> entries;
    private final Node node;
    private final Problems problems;

    private YamlMap(SourceText source, int firstLine, Node node, Map<String, NodeTuple> entries, Problems problems) {
        this.source = source;
        this.firstLine = firstLine;
        this.node = node;
        this.entries = entries;
        this.problems = problems;
    }

    /**
     * Parses {@code yaml}, which starts at line {@code firstLine} of {@code source}. Returns empty,
     * having reported why, when the text is not valid YAML or not a mapping.
     */
    public static Optional<YamlMap> parse(SourceText source, String yaml, int firstLine, Problems problems, String what) {
        Node root;
        try {
            root = YamlLoading.compose(yaml).orElse(null);
        } catch (MarkedYamlEngineException e) {
            // At the end of the text the problem mark points past the YAML (at the closing
            // fence); the context mark says where the unfinished construct began.
            boolean atEnd = e.getProblem().contains("<stream end>");
            Mark mark = (atEnd ? e.getContextMark().or(e::getProblemMark) : e.getProblemMark().or(e::getContextMark)).orElse(null);
            String context = e.getContext() == null ? "" : e.getContext() + ": ";
            int line = mark == null ? firstLine : mark.getLine() + firstLine;
            int column = mark == null ? 1 : mark.getColumn() + 1;
            problems.error(source, line, column, "invalid YAML in " + what + ": " + context + e.getProblem(),
                    e instanceof YamlLoading.TooDeep ? "no setting needs more than a few levels; look for brackets or indentation that never close"
                            : "check indentation and quote values that contain ': ' or start with a special character");
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.error(source, firstLine, 1, "invalid YAML in " + what + ": " + e.getMessage(), null);
            return Optional.empty();
        }
        if (root == null) {
            return Optional.of(new YamlMap(source, firstLine, null, Map.of(), problems));
        }
        YamlControls.report(root, yaml, source, firstLine, problems, what);
        return new YamlMap(source, firstLine, root, Map.of(), problems).asMap(root, what);
    }

    private Optional<YamlMap> asMap(Node value, String what) {
        if (!(value instanceof MappingNode mapping)) {
            error(value, what + " must be a mapping of keys to values", "write it as 'key: value' lines");
            return Optional.empty();
        }
        Map<String, NodeTuple> map = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                error(tuple.getKeyNode(), "a key in " + what + " must be a plain word", null);
                continue;
            }
            if (map.containsKey(key.getValue())) {
                error(key, "duplicate key '" + key.getValue() + "' in " + what, "remove one of the two");
                continue;
            }
            map.put(key.getValue(), tuple);
        }
        return Optional.of(new YamlMap(source, firstLine, value, map, problems));
    }

    /** The keys in the order written. */
    public List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    /** Reports an error at a key itself (a bad name rather than a bad value). */
    public void errorAtKey(String key, String message, String hint) {
        NodeTuple tuple = entries.get(key);
        error(tuple == null ? node : tuple.getKeyNode(), message, hint);
    }

    public boolean has(String key) {
        return entries.containsKey(key) && !isNull(entries.get(key).getValueNode());
    }

    /** Any scalar as text ({@code title: 42} is the title "42"); a list or mapping is an error. */
    public Optional<String> string(String key) {
        Node value = value(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        error(value, "'" + key + "' must be a single text value, not a " + shape(value), null);
        return Optional.empty();
    }

    /** A scalar that YAML reads as a string; numbers and booleans are reported, with a quoting hint. */
    public Optional<String> strictString(String key, String hint) {
        Node value = value(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.STR)) {
            return Optional.of(scalar.getValue());
        }
        error(value, "'" + key + "' must be a string, not a " + shape(value), hint);
        return Optional.empty();
    }

    /** A list of scalars; a single scalar is read as a list of one. */
    public List<String> stringList(String key) {
        Node value = value(key);
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value instanceof ScalarNode scalar) {
            out.add(scalar.getValue());
        } else if (value instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !isNull(item)) {
                    out.add(scalar.getValue());
                } else {
                    error(item, "each item of '" + key + "' must be a single text value", null);
                }
            }
        } else {
            error(value, "'" + key + "' must be a list like [a, b]", null);
        }
        return out;
    }

    /** A scalar with where it stands in the file, for problems found after reading. */
    public record Located(String value, int line, int column) {
    }

    /** Like {@link #stringList}, each item with its position. */
    public List<Located> locatedStringList(String key) {
        Node value = value(key);
        List<Located> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value instanceof ScalarNode scalar) {
            out.add(new Located(scalar.getValue(), line(value), column(value)));
        } else if (value instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !isNull(item)) {
                    out.add(new Located(scalar.getValue(), line(item), column(item)));
                } else {
                    error(item, "each item of '" + key + "' must be a single text value", null);
                }
            }
        } else {
            error(value, "'" + key + "' must be a list like [a, b]", null);
        }
        return out;
    }

    /** The line of {@code key} itself, or 0 when it is absent. */
    public int keyLine(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? 0 : line(tuple.getKeyNode());
    }

    public Optional<Boolean> bool(String key) {
        Node value = value(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            return Optional.of(Boolean.parseBoolean(scalar.getValue()));
        }
        error(value, "'" + key + "' must be true or false", null);
        return Optional.empty();
    }

    public Optional<Integer> positiveInt(String key) {
        Node value = value(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                int n = Integer.parseInt(scalar.getValue());
                if (n > 0) {
                    return Optional.of(n);
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        error(value, "'" + key + "' must be a positive whole number", "for example '" + key + ": 7'");
        return Optional.empty();
    }

    public Optional<YamlMap> map(String key) {
        Node value = value(key);
        return value == null ? Optional.empty() : asMap(value, "'" + key + "'");
    }

    /** A list of mappings, each read with positions. */
    public List<YamlMap> mapList(String key) {
        Node value = value(key);
        List<YamlMap> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (!(value instanceof SequenceNode sequence)) {
            error(value, "'" + key + "' must be a list of entries", null);
            return out;
        }
        for (Node item : sequence.getValue()) {
            asMap(item, "each item of '" + key + "'").ifPresent(out::add);
        }
        return out;
    }

    /** One item of a list that may hold both text values and mappings: exactly one of the two is set. */
    public record Item(String text, YamlMap map, int line, int column) {
    }

    /** A list whose items are text values or mappings (a menu's entries), each with its position. */
    public List<Item> items(String key) {
        Node value = value(key);
        List<Item> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (!(value instanceof SequenceNode sequence)) {
            error(value, "'" + key + "' must be a list", null);
            return out;
        }
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !isNull(item)) {
                out.add(new Item(scalar.getValue(), null, line(item), column(item)));
            } else if (item instanceof MappingNode) {
                asMap(item, "each item of '" + key + "'").ifPresent(m -> out.add(new Item(null, m, line(item), column(item))));
            } else {
                error(item, "each item of '" + key + "' must be a text value or a mapping", null);
            }
        }
        return out;
    }

    /** Whether the value of {@code key} is a mapping (rather than, say, {@code true}). */
    public boolean isMapping(String key) {
        return value(key) instanceof MappingNode;
    }

    /** The file this mapping was read from, for problems found after reading. */
    public SourceText source() {
        return source;
    }

    /** Warns about each key not in {@code known}, suggesting the closest known one. */
    public void warnUnknownKeys(Collection<String> known, String what) {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!known.contains(e.getKey())) {
                Node key = e.getValue().getKeyNode();
                problems.warning(source, line(key), column(key), "unknown key '" + e.getKey() + "' in " + what + " is ignored",
                        DidYouMean.hint(e.getKey(), known, "known keys: " + String.join(", ", known)));
            }
        }
    }

    /** Reports an error at the value of {@code key}, or at the mapping when the key is absent. */
    public void errorAt(String key, String message, String hint) {
        NodeTuple tuple = entries.get(key);
        error(tuple == null ? node : tuple.getValueNode(), message, hint);
    }

    /** Reports an error at a position found by an earlier read, such as a list item's. */
    public void errorAtPosition(int line, int column, String message, String hint) {
        problems.error(source, line, column, message, hint);
    }

    /** Reports an error at the start of this mapping (for a missing key). */
    public void errorAtStart(String message, String hint) {
        if (node == null) {
            problems.error(source, firstLine, 1, message, hint);
        } else {
            error(node, message, hint);
        }
    }

    public int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? firstLine : line(tuple.getValueNode());
    }

    public int columnOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? 1 : column(tuple.getValueNode());
    }

    private Node value(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return null;
        }
        return tuple.getValueNode();
    }

    private void error(Node at, String message, String hint) {
        problems.error(source, at == null ? firstLine : line(at), at == null ? 1 : column(at), message, hint);
    }

    private int line(Node n) {
        return n.getStartMark().map(m -> m.getLine() + firstLine).orElse(firstLine);
    }

    private int column(Node n) {
        return n.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode && n.getTag().equals(Tag.NULL);
    }

    private static String shape(Node n) {
        if (n instanceof SequenceNode) {
            return "list";
        }
        if (n instanceof MappingNode) {
            return "mapping";
        }
        Tag tag = n.getTag();
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return "number";
        }
        return tag.equals(Tag.BOOL) ? "boolean" : "value";
    }
}
