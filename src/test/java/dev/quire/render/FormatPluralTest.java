package dev.quire.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Counts as the command line and the calendar's text say them. */
class FormatPluralTest {
    @Test
    void oneIsSingularOthersArePluralAndThousandsAreGrouped() {
        assertThat(Format.plural(0, "memo")).isEqualTo("0 memos");
        assertThat(Format.plural(1, "memo")).isEqualTo("1 memo");
        assertThat(Format.plural(12, "week")).isEqualTo("12 weeks");
        assertThat(Format.plural(1204, "memo")).isEqualTo("1,204 memos");
        assertThat(Format.plural(65913, "link")).isEqualTo("65,913 links");
    }

    @Test
    void theSameOnAMachineWhoseLocaleGroupsOtherwise() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // 1.204
            assertThat(Format.plural(1204, "memo")).isEqualTo("1,204 memos");
        } finally {
            Locale.setDefault(before);
        }
    }
}
