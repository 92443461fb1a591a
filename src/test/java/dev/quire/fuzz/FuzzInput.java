package dev.quire.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Fuzzing as a test: texts stitched together from the pieces of syntax a reader reacts to and
 * random characters, so that a short run reaches the interesting corners, each fed to a reader
 * that must return (its problems collected) without an exception and within {@link #HANG}.
 *
 * <p>Inputs come from a seeded generator, so a failure names the seed and the input and is
 * reproduced exactly. The suite runs {@code quire.fuzz.tries} inputs per reader (default 150,
 * seconds); {@code bench/fuzz.sh} runs many more with fresh seeds ({@code quire.fuzz.seed}).
 * Nesting is kept shallow on purpose: thousands of nested quotes or lists overflowing the stack
 * is a separate limit, tested where the limits are set.
 */
public final class FuzzInput {
    /** How long one input may take before it counts as a hang. */
    public static final Duration HANG = Duration.ofSeconds(20);
    private static final List<String> ODD = List.of("\n", "\n\n", " ", "\t", "\r\n", "\u0000", "\uFEFF", "\uD83D\uDE80",
            "\u00e9", "\u6a5f", "\uD800", "\u200d", "\u0301");

    private FuzzInput() {
    }

    /** Feeds {@code tries} generated texts to {@code reader}; fails naming the first input that crashes or hangs. */
    public static void check(List<String> syntax, int maxPieces, Function<String, ?> reader) {
        long seed = Long.getLong("quire.fuzz.seed", 20261201L);
        int tries = Integer.getInteger("quire.fuzz.tries", 150);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < tries; i++) {
            String input = text(random, syntax, maxPieces);
            String where = "input " + i + " of seed " + seed + ": \"" + StringEscapeUtils.escapeJava(input) + "\"";
            try {
                assertTimeoutPreemptively(HANG, () -> reader.apply(input), () -> "hang on " + where);
            } catch (RuntimeException | StackOverflowError e) {
                fail("crash on " + where, e);
            }
        }
    }

    /** Up to {@code max} pieces: mostly syntax, some runs of random characters, some odd characters. */
    static String text(SplittableRandom random, List<String> syntax, int max) {
        StringBuilder out = new StringBuilder();
        int pieces = random.nextInt(max + 1);
        for (int p = 0; p < pieces; p++) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                out.append(syntax.get(random.nextInt(syntax.size())));
            } else if (kind < 8) {
                for (int c = random.nextInt(8); c > 0; c--) {
                    out.append((char) (' ' + random.nextInt(95)));
                }
            } else if (kind < 9) {
                for (int c = random.nextInt(4); c > 0; c--) {
                    out.appendCodePoint(random.nextInt(0x20, 0x30000));
                }
            } else {
                out.append(ODD.get(random.nextInt(ODD.size())));
            }
        }
        return out.toString();
    }
}
