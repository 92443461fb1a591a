package dev.quire.markdown.math;

import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Parses {@code @eq:name}, Quarto's reference to a numbered equation. It claims only the
 * {@code eq:} prefix: other parsers share the '@' trigger (citations, figures) and are tried when
 * this one declines. The name is letters, digits, '-' and '_'; a trailing '-' or '_' is left to
 * the text, so "see @eq:adam." ends the name before the full stop.
 */
final class EquationRefParser implements InlineContentParser {

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        scanner.next(); // '@'
        if (!scanner.next('e') || !scanner.next('q') || !scanner.next(':')) {
            return ParsedInline.none();
        }
        Position nameStart = scanner.position();
        Position nameEnd = nameStart;
        int length = 0;
        while (scanner.hasNext() && isNameChar(scanner.peek())) {
            char c = scanner.peek();
            scanner.next();
            length++;
            if (Character.isLetterOrDigit(c)) {
                nameEnd = scanner.position();
            }
        }
        if (length == 0 || nameEnd == nameStart) {
            return ParsedInline.none();
        }
        String name = scanner.getSource(nameStart, nameEnd).getContent();
        return ParsedInline.of(new EquationRef("eq:" + name), nameEnd);
    }

    static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('@');
        }

        @Override
        public InlineContentParser create() {
            return new EquationRefParser();
        }
    }
}
