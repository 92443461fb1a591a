package dev.quire.source;

import dev.quire.diag.Problem;
import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes source files strictly as UTF-8. A file in another encoding is reported at the line and
 * column of its first invalid byte rather than silently turned into replacement characters.
 */
public final class TextFiles {
    private TextFiles() {
    }

    public static Optional<String> decode(String path, byte[] bytes, Problems problems) {
        // The String constructor's UTF-8 decoding is intrinsic and fast but replaces bad bytes
        // with U+FFFD; only a text holding U+FFFD is decoded again, strictly, to tell a real
        // replacement character from a byte that is not UTF-8.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                strictDecoder().decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                report(path, bytes, problems);
                return Optional.empty();
            }
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n") : text;
        int control = ControlCharacters.first(text);
        if (control >= 0) {
            SourceText source = new SourceText(path, text);
            SourceText.Position at = source.positionOf(control);
            problems.add(Problem.error(path, at.line(), at.column(),
                    "the file holds the control character " + ControlCharacters.name(text.charAt(control))
                            + ", which no page or feed can carry",
                    "delete it (an editor may show it as " + caret(text.charAt(control)) + " or not at all)",
                    source.line(at.line()).replace(text.charAt(control), '\uFFFD')));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** How terminals and editors show a control character: ^H for a backspace. */
    private static String caret(char c) {
        return c < 0x20 ? "^" + (char) (c + '@') : c == 0x7F ? "^?" : String.format(java.util.Locale.ROOT, "<%02x>", (int) c);
    }

    /** Reports the first byte that is not UTF-8 at its line and column. */
    private static void report(String path, byte[] bytes, Problems problems) {
        int bad = firstInvalidByte(bytes);
        String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
        SourceText.Position at = SourceText.position(before, before.length());
        int line = at.line();
        int column = at.column();
        int start = lineStart(bytes, bad);
        String sourceLine = new String(bytes, start, lineEnd(bytes, bad) - start, StandardCharsets.UTF_8);
        problems.add(Problem.error(path, line, column,
                String.format(Locale.ROOT, "file is not valid UTF-8 (byte 0x%02X)", bytes[bad] & 0xFF),
                "save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)", sourceLine));
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int firstInvalidByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        strictDecoder().decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static int lineStart(byte[] bytes, int at) {
        int i = at;
        while (i > 0 && bytes[i - 1] != '\n') {
            i--;
        }
        return i;
    }

    private static int lineEnd(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                return i;
            }
        }
        return bytes.length;
    }
}
