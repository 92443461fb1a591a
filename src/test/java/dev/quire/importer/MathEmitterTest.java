package dev.quire.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MathEmitterTest {
    @Test
    void aParseErrorIsReportedWithItsPrefix() {
        assertThat(MathEmitter.rejected("Undefined control sequence: \\textsc"))
                .isEqualTo("KaTeX cannot render this formula: Undefined control sequence: \\textsc");
    }

    @Test
    void aFailureThatAlreadySaysSoIsNotPrefixedTwice() {
        assertThat(MathEmitter.rejected("KaTeX could not render this formula: Too many expansions"))
                .isEqualTo("KaTeX could not render this formula: Too many expansions");
    }
}
