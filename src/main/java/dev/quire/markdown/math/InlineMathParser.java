package dev.quire.markdown.math;

import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Parses {@code $tex$} and {@code $$tex$$} in running text with Pandoc's rules: the opening
 * {@code $} is followed by a non-space, the closing one follows a non-space and is not followed by
 * a digit, so "costs $5 and $10" stays text. The TeX is taken verbatim: since this parser runs at
 * the {@code $} before the emphasis and escape rules reach the characters inside, {@code _},
 * {@code *} and backslashes stay TeX. A {@code \$} before the opening is an escaped dollar and
 * never reaches this parser.
 */
final class InlineMathParser implements InlineContentParser {

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        scanner.next(); // the opening '$'
        boolean display = scanner.next('$');
        Position contentStart = scanner.position();
        if (!display && (isSpace(scanner.peek()) || scanner.peek() == '$')) {
            return ParsedInline.none();
        }
        while (scanner.hasNext()) {
            char c = scanner.peek();
            if (c == '\\') {
                scanner.next();
                scanner.next(); // an escaped character, '\$' included, belongs to the TeX
                continue;
            }
            if (c != '$') {
                scanner.next();
                continue;
            }
            Position contentEnd = scanner.position();
            String tex = scanner.getSource(contentStart, contentEnd).getContent();
            scanner.next();
            if (display) {
                if (!scanner.next('$')) {
                    continue;
                }
                int leading = tex.length() - tex.stripLeading().length();
                return tex.isBlank() ? ParsedInline.none() : ParsedInline.of(new InlineMath(tex.strip(), true, 2 + leading), scanner.position());
            }
            if (tex.isEmpty() || isSpace(tex.charAt(tex.length() - 1)) || Character.isDigit(scanner.peek())) {
                continue;
            }
            return ParsedInline.of(new InlineMath(tex, false, 1), scanner.position());
        }
        return ParsedInline.none();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == Scanner.END;
    }

    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('$');
        }

        @Override
        public InlineContentParser create() {
            return new InlineMathParser();
        }
    }
}
