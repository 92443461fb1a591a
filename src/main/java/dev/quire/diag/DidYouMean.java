package dev.quire.diag;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Suggests the known word closest to a misspelt one, for hints like "did you mean 'title'?". */
public final class DidYouMean {
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance();

    private DidYouMean() {
    }

    /** The closest candidate within a third of the word's length (at least 2 edits), if any. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        int limit = Math.max(2, word.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = DISTANCE.apply(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d <= limit && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** "did you mean 'x'?" or the fallback text when nothing is close. */
    public static String hint(String word, Collection<String> candidates, String fallback) {
        return closest(word, candidates).map(c -> "did you mean '" + c + "'?").orElse(fallback);
    }
}
