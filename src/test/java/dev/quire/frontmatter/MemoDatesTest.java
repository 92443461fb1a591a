package dev.quire.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MemoDatesTest {
    @ParameterizedTest
    @CsvSource({
        "2026-03-09, 2026-03-09T00:00Z",
        "2026-07-01 09:30, 2026-07-01T09:30Z",
        "2026-07-01 09:30:15, 2026-07-01T09:30:15Z",
        "2026-07-01T09:30, 2026-07-01T09:30Z",
        "2026-07-01T09:30:00+02:00, 2026-07-01T09:30+02:00",
        "2026-07-01T09:30:00Z, 2026-07-01T09:30Z",
        "2026-07-01 09:30 +02:00, 2026-07-01T09:30+02:00",
    })
    void readsEveryDocumentedForm(String text, String expected) {
        assertThat(MemoDates.parse(text)).contains(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"March 9th", "2026-13-01", "2026-02-30", "09/03/2026", "2026-03-09 25:00", ""})
    void rejectsWhatItCannotRead(String text) {
        assertThat(MemoDates.parse(text)).isEmpty();
    }
}
