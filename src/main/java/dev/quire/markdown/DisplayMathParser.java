package dev.quire.markdown;

import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.parser.SourceLine;

/**
 * Parses display math that opens with {@code $$} at the start of a line and closes with a line
 * ending in {@code $$}, like a fenced code block. Being a block, its lines are never read as
 * Markdown: a line of TeX starting with '-', '+' or '#' stays TeX. Unclosed, it runs to the end
 * of its container, as an unclosed code fence does.
 */
final class DisplayMathParser extends AbstractBlockParser {
    private final DisplayMath block = new DisplayMath();
    private boolean firstLine = true;
    private boolean closed;

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed) {
            return BlockContinue.none();
        }
        CharSequence line = state.getLine().getContent();
        String text = line.subSequence(state.getIndex(), line.length()).toString().stripTrailing();
        if (endsWithClosing(text)) {
            block.append(text.substring(0, text.length() - 2));
            closed = true;
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
            String trimmed = text.stripTrailing();
            if (endsWithClosing(trimmed)) {
                block.append(trimmed.substring(0, trimmed.length() - 2));
                closed = true;
                return;
            }
        }
        block.append(text);
    }

    private static boolean endsWithClosing(String text) {
        return text.endsWith("$$") && !text.endsWith("\\$$");
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
            if (trimmed.contains("$$") && !trimmed.endsWith("$$")) {
                return BlockStart.none();
            }
            return BlockStart.of(new DisplayMathParser()).atIndex(start + 2);
        }
    }
}
