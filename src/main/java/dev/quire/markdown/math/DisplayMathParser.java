package dev.quire.markdown.math;

import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.parser.SourceLine;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses display math that opens with {@code $$} at the start of a line and closes with a line
 * ending in {@code $$}, like a fenced code block. Being a block, its lines are never read as
 * Markdown: a line of TeX starting with '-', '+' or '#' stays TeX. Unclosed, it runs to the end
 * of its container, as an unclosed code fence does. The closing {@code $$} may carry a label,
 * {@code $$ {#eq:name}}, which numbers the equation (Quarto's convention).
 */
final class DisplayMathParser extends AbstractBlockParser {
    /** A line's end that closes the block: {@code $$} (not {@code \\$$}), then an optional {@code {#label}}. */
    private static final Pattern CLOSING = Pattern.compile("^(.*?)(?<!\\\\)\\$\\$\\s*(?:\\{#([^}]*)\\})?$", Pattern.DOTALL);
    private final DisplayMath block = new DisplayMath();
    private boolean firstLine = true;
    private boolean closed;
    private boolean continued;

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed) {
            return BlockContinue.none();
        }
        continued = true;
        CharSequence line = state.getLine().getContent();
        String text = line.subSequence(state.getIndex(), line.length()).toString().stripTrailing();
        if (close(text)) {
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    /** Receives the rest of the opening line after "$$", then each line inside. */
    @Override
    public void addLine(SourceLine line) {
        String text = line.getContent().toString();
        if (firstLine) {
            firstLine = false;
            block.texOnOpeningLine(!continued); // commonmark passes no line for an opening "$$" alone
            if (close(text.stripTrailing())) {
                return;
            }
        }
        block.append(text);
    }

    /** Ends the block when {@code text} ends with the closing dollars, keeping the TeX before them and the label. */
    private boolean close(String text) {
        Matcher m = CLOSING.matcher(text);
        if (!m.matches()) {
            return false;
        }
        block.append(m.group(1));
        if (m.group(2) != null) {
            block.label(m.group(2).strip());
        }
        closed = true;
        return true;
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            if (line.length() < start + 2 || line.charAt(start) != '$' || line.charAt(start + 1) != '$') {
                return BlockStart.none();
            }
            CharSequence rest = line.subSequence(start + 2, line.length());
            // "$$x$$ and more text" is inline display math inside a paragraph, not a block
            String trimmed = rest.toString().strip();
            if (trimmed.contains("$$") && !CLOSING.matcher(trimmed).matches()) {
                return BlockStart.none();
            }
            return BlockStart.of(new DisplayMathParser()).atIndex(start + 2);
        }
    }
}
