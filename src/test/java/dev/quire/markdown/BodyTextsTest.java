package dev.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BodyTextsTest {
    @Test
    void readTextsAreReadWhenAskedForAndOnlyTheSearchTextIsKept() {
        AtomicInteger htmlReads = new AtomicInteger();
        AtomicInteger searchReads = new AtomicInteger();
        BodyTexts texts = BodyTexts.reading(() -> {
            htmlReads.incrementAndGet();
            return "<p>Warmup — helps.</p>".getBytes(StandardCharsets.UTF_8);
        }, () -> "", () -> {
            searchReads.incrementAndGet();
            return "Warmup helps.";
        });
        assertThat(htmlReads).hasValue(0);
        assertThat(texts.html()).isEqualTo("<p>Warmup — helps.</p>");
        assertThat(new String(texts.htmlUtf8(), StandardCharsets.UTF_8)).isEqualTo("<p>Warmup — helps.</p>");
        assertThat(htmlReads).hasValue(2);
        assertThat(texts.searchText()).isEqualTo("Warmup helps.");
        assertThat(texts.searchText()).isEqualTo("Warmup helps.");
        assertThat(searchReads).hasValue(1);
    }

    @Test
    void heldAndReadTextsAreEqualWhenTheirTextsAre() {
        BodyTexts held = BodyTexts.of("<p>é</p>", "<p>é</p>", "é");
        BodyTexts read = BodyTexts.reading(() -> "<p>é</p>".getBytes(StandardCharsets.UTF_8), () -> "<p>é</p>", () -> "é");
        assertThat(read).isEqualTo(held).hasSameHashCodeAs(held);
        assertThat(BodyTexts.of("<p>e</p>", "<p>é</p>", "é")).isNotEqualTo(held);
    }
}
