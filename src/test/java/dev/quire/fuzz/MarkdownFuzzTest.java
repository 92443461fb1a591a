package dev.quire.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.quire.markdown.MarkdownRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Memo bodies with Quire's extensions (math, citations, wikilinks, cross-references, callouts,
 * figures, footnotes): any body renders, its problems collected, never an exception. The saved
 * inputs beside this class run in every test run; {@code bench/fuzz.sh} fuzzes for longer.
 */
class MarkdownFuzzTest {
    private static MarkdownRenderer renderer;

    @BeforeAll
    static void start() {
        renderer = new MarkdownRenderer();
    }

    @AfterAll
    static void stop() {
        renderer.close();
    }

    @FuzzTest
    @DictionaryFile(resourcePath = "/dev/quire/fuzz/markdown.dict")
    void anyBodyRenders(FuzzedDataProvider data) {
        renderer.render(data.consumeRemainingAsString());
    }
}
