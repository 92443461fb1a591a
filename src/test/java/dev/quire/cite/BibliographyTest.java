package dev.quire.cite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.cite.Bibliography.Formatted;
import dev.quire.cite.Bibliography.Request;
import dev.quire.diag.Problems;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Styles other than the default, and formatting that never depends on what a processor did before. */
class BibliographyTest {
    private static final Path BIB = Path.of("src/test/resources/spec/references.bib");

    private static Bibliography load(String style) {
        return Bibliography.load(BIB, style, "en", new Problems()).orElseThrow();
    }

    private static Request cite(String... keys) {
        return new Request(java.util.Arrays.stream(keys).map(CiteItem::of).toList(), false);
    }

    @Test
    void numericStyleNumbersInOrderOfFirstCitationAndSortsWithinACitation() {
        Formatted out = load("ieee").format(List.of(cite("vaswani2017"), cite("he2016", "vaswani2017"),
                new Request(List.of(CiteItem.of("kingma2015")), true)));
        assertThat(out.citations()).containsExactly(
                "<a href=\"#ref-vaswani2017\">[1]</a>",
                "<a href=\"#ref-vaswani2017\">[1]</a>, <a href=\"#ref-he2016\">[2]</a>",
                "<a href=\"#ref-kingma2015\">Kingma and Ba [3]</a>");
        assertThat(out.references()).contains("<div class=\"csl-entry\" id=\"ref-vaswani2017\">\n    <div class=\"csl-left-margin\">[1]</div>");
    }

    @Test
    void aReusedProcessorFormatsExactlyAsAFreshOne() {
        Bibliography bibliography = load("chicago-author-date");
        Formatted first = bibliography.format(List.of(cite("lecun1998"), cite("he2016")));
        bibliography.format(List.of(cite("vaswani2017", "kingma2015"), cite("he2016")));
        Formatted again = bibliography.format(List.of(cite("lecun1998"), cite("he2016")));
        assertThat(again).isEqualTo(first);
        assertThat(first.references()).contains("<a href=\"https://doi.org/10.1109/5.726791\">");
    }

    @Test
    void keysAreFoundIgnoringCase() {
        assertThat(load("apa").key("HE2016")).contains("he2016");
        assertThat(load("apa").key("he2017")).isEmpty();
    }
}
