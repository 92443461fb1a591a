package dev.quire.math;

import java.util.Optional;

/**
 * A limit on how deeply a formula nests groups ({@code {…}}, {@code \left…\right},
 * {@code \begin…\end}). KaTeX parses and lays out groups recursively; a formula thousands of
 * braces deep exhausts the script engine's stack, which each engine reports in its own way.
 * Checked before any engine runs, so that such a formula is refused the same way everywhere: as
 * invalid TeX, at the group that goes too deep.
 *
 * <p>Usage: {@code TexNesting.check(tex).ifPresent(invalid -> ...)}
 */
public final class TexNesting {
    /**
     * Real formulas nest a handful of groups (a continued fraction written out to ten levels is
     * already rare); measured here, KaTeX in GraalJS renders 35 nested {@code \frac}s and fails
     * at 40, on a thread's default stack.
     */
    public static final int MAX_DEPTH = 30;

    private TexNesting() {
    }

    /** Why {@code tex} is refused, at the offset of the group past the limit; empty when it is within it. */
    public static Optional<MathRenderer.Invalid> check(String tex) {
        int depth = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            int opened = 0;
            int start = i;
            if (c == '\\') {
                int end = i + 1;
                while (end < tex.length() && Character.isLetter(tex.charAt(end))) {
                    end++;
                }
                String command = tex.substring(i + 1, end);
                if (command.equals("left") || command.equals("begin")) {
                    opened = 1;
                } else if (command.equals("right") || command.equals("end")) {
                    depth--;
                }
                // a command name, or one escaped character (\{, \\), which opens nothing
                i = Math.max(end, i + 2) - 1;
            } else if (c == '{') {
                opened = 1;
            } else if (c == '}') {
                depth--;
            }
            depth += opened;
            if (depth > MAX_DEPTH) {
                return Optional.of(new MathRenderer.Invalid("groups nested more than " + MAX_DEPTH + " levels deep", start));
            }
        }
        return Optional.empty();
    }
}
