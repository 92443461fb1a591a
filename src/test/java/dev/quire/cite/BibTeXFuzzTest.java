package dev.quire.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code references.bib}: any text gives entries or positioned problems, never an exception or a
 * hang. The saved inputs beside this class run in every test run; {@code bench/fuzz.sh} fuzzes for longer.
 */
class BibTeXFuzzTest {
    @FuzzTest
    @DictionaryFile(resourcePath = "/dev/quire/cite/bibtex.dict")
    void anyLibraryReads(FuzzedDataProvider data) {
        BibTeXReader.read(new SourceText("references.bib", data.consumeRemainingAsString()), new Problems());
    }

    /** Found by fuzzing: jbibtex's recovering parser retried these for ever. */
    @Test
    void anAtSignBeforeAnythingButAnEntryTypeIsAnErrorNotAHang() {
        assertThat(errors("@+1")).containsExactly("1:2 malformed entry in references.bib: a character BibTeX cannot read here");
        assertThat(errors("@misc(@+1")).isNotEmpty();
    }

    private static java.util.List<String> errors(String text) {
        Problems problems = new Problems();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> BibTeXReader.read(new SourceText("references.bib", text), problems));
        return problems.sorted().stream().map(p -> p.line() + ":" + p.column() + " " + p.message()).toList();
    }
}
