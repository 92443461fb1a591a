package dev.quire.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class MemoCitationTest {
    private static final OffsetDateTime DATE = OffsetDateTime.parse("2026-02-03T09:30:00+01:00");

    private static MemoCitation cite(String author, String title) {
        return new MemoCitation(MemoCitation.baseKey(author, title, DATE), author, title, DATE,
                "https://notes.example.org/memos/warmup/", "Research notes");
    }

    @Test
    void baseKeyIsSurnameYearAndFirstSignificantTitleWord() {
        assertThat(cite("Clara Ashworth", "Why does warmup stabilize Adam?").key()).isEqualTo("ashworth2026warmup");
        assertThat(cite("Jörg van Müller", "A 10% cooldown is enough").key()).isEqualTo("muller2026cooldown");
        assertThat(cite("Ashworth, Clara", "The answer-extraction rule").key()).isEqualTo("ashworth2026answer");
        assertThat(cite("Clara Ashworth", "A probe’s accuracy means little").key()).isEqualTo("ashworth2026probe");
    }

    @Test
    void entryHasItsFieldsInAFixedOrder() {
        assertThat(cite("Clara Ashworth", "Why does warmup stabilize Adam?").bibtex()).isEqualTo("""
                @misc{ashworth2026warmup,
                  author = {Clara Ashworth},
                  title = {Why does warmup stabilize {Adam?}},
                  year = {2026},
                  month = feb,
                  url = {https://notes.example.org/memos/warmup/},
                  note = {Research notes}
                }""");
    }

    @Test
    void latexSpecialCharactersAreEscaped() {
        assertThat(MemoCitation.escape("50% of runs & 3 #seeds at $5 with lr_max ~ 1e-3, x^2 {a} \\b"))
                .isEqualTo("50\\% of runs \\& 3 \\#seeds at \\$5 with lr\\_max \\textasciitilde{} 1e-3, "
                        + "x\\textasciicircum{}2 \\{a\\} \\textbackslash{}b");
        assertThat(cite("A & B Lab", "GSM8K scores {again}").bibtex())
                .contains("author = {A \\& B Lab}")
                .contains("title = {{GSM8K} scores \\{again\\}}");
    }

    @Test
    void noUrlWithoutBaseUrlAndScholarDateUsesSlashes() {
        MemoCitation c = new MemoCitation("example2026title", "Ada Example", "A title", DATE, "", "Notes");
        assertThat(c.bibtex()).doesNotContain("url =");
        assertThat(c.scholarDate()).isEqualTo("2026/02/03");
    }
}
