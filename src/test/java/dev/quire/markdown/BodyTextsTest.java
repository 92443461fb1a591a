package dev.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.search.SearchAnalyzer;
import dev.quire.search.TermCount;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BodyTextsTest {
    @Test
    void readTextsAreReadWhenAskedForAndOnlyTheSearchTextAndTermsAreKept() {
        AtomicInteger htmlReads = new AtomicInteger();
        AtomicInteger searchReads = new AtomicInteger();
        AtomicInteger termReads = new AtomicInteger();
        BodyTexts texts = BodyTexts.reading(() -> {
            htmlReads.incrementAndGet();
            return "<p>Warmup — helps.</p>".getBytes(StandardCharsets.UTF_8);
        }, () -> "", () -> {
            searchReads.incrementAndGet();
            return "Warmup helps.";
        }, () -> {
            termReads.incrementAndGet();
            return List.of(new TermCount("help", 1), new TermCount("warmup", 1));
        });
        assertThat(htmlReads).hasValue(0);
        assertThat(termReads).hasValue(0);
        assertThat(texts.html()).isEqualTo("<p>Warmup — helps.</p>");
        assertThat(new String(texts.htmlUtf8(), StandardCharsets.UTF_8)).isEqualTo("<p>Warmup — helps.</p>");
        assertThat(htmlReads).hasValue(2);
        assertThat(texts.searchText()).isEqualTo("Warmup helps.");
        assertThat(texts.searchText()).isEqualTo("Warmup helps.");
        assertThat(searchReads).hasValue(1);
        assertThat(texts.searchTerms()).extracting(TermCount::term).containsExactly("help", "warmup");
        assertThat(texts.searchTerms()).hasSize(2);
        assertThat(termReads).hasValue(1);
    }

    @Test
    void heldTextsCountTheirSearchTermsAsTheSearchIndexDoes() {
        assertThat(BodyTexts.of("<p>x</p>", "", "Warmup helps warmup.").searchTerms())
                .isEqualTo(SearchAnalyzer.counts("Warmup helps warmup."));
    }

    @Test
    void heldAndReadTextsAreEqualWhenTheirTextsAre() {
        BodyTexts held = BodyTexts.of("<p>é</p>", "<p>é</p>", "é");
        BodyTexts read = BodyTexts.reading(() -> "<p>é</p>".getBytes(StandardCharsets.UTF_8), () -> "<p>é</p>", () -> "é",
                () -> SearchAnalyzer.counts("é"));
        assertThat(read).isEqualTo(held).hasSameHashCodeAs(held);
        assertThat(BodyTexts.of("<p>e</p>", "<p>é</p>", "é")).isNotEqualTo(held);
    }
}
