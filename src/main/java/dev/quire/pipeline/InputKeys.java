package dev.quire.pipeline;

import dev.quire.output.Inputs;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each memo's input keys ({@link Inputs#memo}, {@link Inputs#summary}), made once for all the
 * plans of one pipeline and shared by every file that names them: a memo's summary is named by its
 * neighbours' pages, its category's and tags' lists and the pages relating to it. Making each anew
 * in every plan (lower-casing, joining, hashing) was a tenth of {@code serve}'s settling at 4,000
 * memos, and the same key objects from plan to plan make comparing two plans' inputs cheap.
 * Safe from the two threads that may plan at once ({@link Pipeline#settle}).
 */
final class InputKeys {
    private final Map<String, String> memos = new ConcurrentHashMap<>();
    private final Map<String, String> summaries = new ConcurrentHashMap<>();

    String memo(String slug) {
        String key = memos.get(slug);
        return key != null ? key : memos.computeIfAbsent(slug, Inputs::memo);
    }

    String summary(String slug) {
        String key = summaries.get(slug);
        return key != null ? key : summaries.computeIfAbsent(slug, Inputs::summary);
    }
}
