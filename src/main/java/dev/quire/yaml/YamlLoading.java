package dev.quire.yaml;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * SnakeYAML Engine with a limit on nesting. Its composer recurses once per level of nested lists
 * and mappings, so {@code [[[[…]]]]} a few thousand deep overflowed the stack; its parser does
 * not recurse, so the events are counted on their way to the composer and the text is refused,
 * at the place where it goes too deep, as invalid YAML.
 *
 * <p>Usage: {@code YamlLoading.compose(text)} for nodes with positions, {@code YamlLoading.load(text)} for plain values.
 */
public final class YamlLoading {
    /** Front matter and settings nest two or three levels; SnakeYAML's own loader (1.x) stops at 50. */
    public static final int MAX_DEPTH = 50;
    /** Immutable, so shared; a small alias limit keeps a hostile "billion laughs" file cheap. */
    static final LoadSettings SETTINGS = LoadSettings.builder().setMaxAliasesForCollections(50).build();

    private YamlLoading() {
    }

    /** The one document of {@code yaml} as nodes; empty for an empty text. */
    public static Optional<Node> compose(String yaml) {
        return new Composer(SETTINGS, limited(yaml)).getSingleNode();
    }

    /** The one document of {@code yaml} as plain Java values (maps, lists, strings, numbers). */
    public static Object load(String yaml) {
        return new Load(SETTINGS) {
            @Override
            protected Composer createComposer(String text) {
                return new Composer(SETTINGS, limited(text));
            }
        }.loadFromString(yaml);
    }

    private static Parser limited(String yaml) {
        return new DepthLimited(new ParserImpl(SETTINGS, new StreamReader(SETTINGS, yaml)));
    }

    /** Nesting deeper than {@link #MAX_DEPTH}: a YAML problem, reported where the deeper list or mapping opens. */
    public static final class TooDeep extends MarkedYamlEngineException {
        TooDeep(Optional<Mark> at) {
            super(null, Optional.empty(), "lists and mappings nested more than " + MAX_DEPTH + " levels deep", at);
        }
    }

    /** The parser's events, counted. */
    private static final class DepthLimited implements Parser {
        private final Parser parser;
        private int depth;

        DepthLimited(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return parser.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event event = parser.next();
            switch (event.getEventId()) {
                case SequenceStart, MappingStart -> {
                    if (++depth > MAX_DEPTH) {
                        throw new TooDeep(event.getStartMark());
                    }
                }
                case SequenceEnd, MappingEnd -> depth--;
                default -> {
                }
            }
            return event;
        }
    }
}
