package dev.quire.cite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.cite.Bibliography.Formatted;
import dev.quire.cite.Bibliography.Request;
import dev.quire.diag.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void citationsAndEntriesReusedAcrossMemosReadAsIfFormattedAfresh() {
        Bibliography warm = load("apa");
        warm.format(List.of(cite("he2016", "vaswani2017"), cite("kingma2015")));
        warm.format(List.of(new Request(List.of(CiteItem.of("lecun1998")), true), cite("he2016")));
        List<Request> memo = List.of(cite("he2016"), cite("kingma2015"), cite("lecun1998", "vaswani2017"),
                new Request(List.of(CiteItem.of("lecun1998")), true));
        assertThat(warm.format(memo)).isEqualTo(load("apa").format(memo));
    }

    /** Works sharing a first author are formatted in each memo's own context, never reused. */
    @Test
    void worksOfOneFirstAuthorAreFormattedPerMemo(@TempDir Path dir) throws Exception {
        Path bib = dir.resolve("references.bib");
        Files.writeString(bib, """
                @article{smith2020a, title = {One}, author = {Smith, Ann}, journal = {J}, year = {2020}}
                @article{smith2020b, title = {Two}, author = {Smith, Ann}, journal = {J}, year = {2020}}
                """);
        Bibliography bibliography = Bibliography.load(bib, "apa", "en", new Problems()).orElseThrow();
        List<Request> both = List.of(cite("smith2020b"), cite("smith2020a", "smith2020b"));
        bibliography.format(List.of(cite("smith2020a")));
        assertThat(bibliography.format(both)).isEqualTo(Bibliography.load(bib, "apa", "en", new Problems()).orElseThrow().format(both));
        assertThat(bibliography.format(both).references()).contains("id=\"ref-smith2020a\"", "id=\"ref-smith2020b\"");
    }

    @Test
    void keysAreFoundIgnoringCase() {
        assertThat(load("apa").key("HE2016")).contains("he2016");
        assertThat(load("apa").key("he2017")).isEmpty();
    }
}
