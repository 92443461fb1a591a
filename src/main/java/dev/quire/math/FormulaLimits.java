package dev.quire.math;

import dev.quire.math.MathRenderer.Invalid;
import java.util.Optional;

/**
 * The size and nesting a formula may have, checked before it reaches a JavaScript engine, so that
 * whether a formula renders never depends on which engine ran or how much stack it had. KaTeX
 * recurses at every level of nesting and its output grows with the input (a 64,000-character
 * sum gave 10 MB of HTML in 17 s); without a bound, a runaway formula would take a build's time
 * and memory. Formulas researchers write stay far inside both limits (the math corpus: under 600
 * characters, nesting under 10).
 */
final class FormulaLimits {
    static final int MAX_LENGTH = 20_000;
    /** Groups, {@code \left}…{@code \right} and environments, open at once. */
    static final int MAX_DEPTH = 200;

    private FormulaLimits() {
    }

    /** Why {@code tex} is refused, at the place it went too far; empty when it is within the limits. */
    static Optional<Invalid> check(String tex) {
        if (tex.length() > MAX_LENGTH) {
            return Optional.of(new Invalid(String.format(java.util.Locale.ROOT,
                    "the formula is %,d characters long; Quire renders formulas of up to %,d", tex.length(), MAX_LENGTH), -1));
        }
        int depth = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                if (command(tex, i + 1, "left") || command(tex, i + 1, "begin")) {
                    depth++;
                } else if (command(tex, i + 1, "right") || command(tex, i + 1, "end")) {
                    depth--;
                }
                i++; // an escaped brace is no group
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            if (depth > MAX_DEPTH) {
                return Optional.of(new Invalid("the formula nests more than " + MAX_DEPTH
                        + " groups, \\left…\\right pairs or environments deep", i));
            }
        }
        return Optional.empty();
    }

    /** Whether the command {@code name} starts at {@code at}: {@code \left(} is, {@code \leftarrow} is not. */
    private static boolean command(String tex, int at, String name) {
        int end = at + name.length();
        return tex.startsWith(name, at) && (end == tex.length() || !Character.isLetter(tex.charAt(end)));
    }
}
