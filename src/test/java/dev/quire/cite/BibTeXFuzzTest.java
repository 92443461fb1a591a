package dev.quire.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import dev.quire.fuzz.FuzzInput;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code references.bib}: any text gives entries or positioned problems, never an exception or a hang. */
class BibTeXFuzzTest {
    private static final List<String> SYNTAX = List.of("@article{", "@book{", "@misc(", "@string{", "@comment{",
            "@preamble{", "smith2020,", " author = {", " title = \"", " year = ", "2020", " pages = {3--5}",
            " editor = {", " and ", "others", "Smith, Ann", "{\\'e}", "{\\\"o}", "\\&", "#", "}", "{", ")", "\"", ",",
            " = ", "crossref = {x}", "eprint = {2001.00001}", "archivePrefix = {arXiv}", "number = {3}",
            "month = jan", "date = {2020-13}", "doi = {10.1/x}", "url = {http://x}", "\n", "%");

    @Test
    void anyLibraryReads() {
        FuzzInput.check(SYNTAX, 40, text -> BibTeXReader.read(new SourceText("references.bib", text), new Problems()));
    }

    /** Found by the fuzzer: jbibtex's recovering parser retried these for ever (input 81 of the suite's seed, too). */
    @Test
    void anAtSignBeforeAnythingButAnEntryTypeIsAnErrorNotAHang() {
        assertThat(errors("@+1")).containsExactly("1:2 malformed entry in references.bib: a character BibTeX cannot read here");
        assertThat(errors("@misc(@+1")).isNotEmpty();
    }

    private static java.util.List<String> errors(String text) {
        Problems problems = new Problems();
        assertTimeoutPreemptively(FuzzInput.HANG, () -> BibTeXReader.read(new SourceText("references.bib", text), problems));
        return problems.sorted().stream().map(p -> p.line() + ":" + p.column() + " " + p.message()).toList();
    }
}
