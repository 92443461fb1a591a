package dev.quire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.cache.RenderCache;
import dev.quire.cite.Bibliography;
import dev.quire.cite.CitationStyles;
import dev.quire.diag.Problem;
import dev.quire.diag.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * references.bib is parsed at once the first time a cache sees it, and afterwards only when
 * something asks for it; its problems are reported on every run either way.
 */
class SiteBibliographyTest {
    @TempDir
    Path dir;

    private static final Path FIXTURE = Path.of("src/test/resources/golden/basic/site/references.bib");

    @Test
    void aFileParsedBeforeIsParsedAgainOnlyWhenAsked() throws Exception {
        Path bib = dir.resolve("references.bib");
        Files.copy(FIXTURE, bib);
        Supplier<Bibliography> first = load(bib, new Problems());
        assertThat(first).isNotInstanceOf(SiteBibliography.class); // parsed now: nothing kept yet

        RenderCache cache = RenderCache.at(dir.resolve("cache")); // a later process
        Problems problems = new Problems();
        Supplier<Bibliography> second = SiteBibliography.of(bib, CitationStyles.DEFAULT, "en", cache, problems);
        assertThat(cache.lookups().get(SiteBibliography.KIND).found()).isEqualTo(1);
        assertThat(second).isInstanceOf(SiteBibliography.class);
        assertThat(problems.sorted()).isEmpty();
        assertThat(second.get().keys()).isEqualTo(first.get().keys());
        assertThat(second.get().works()).isEqualTo(first.get().works());
        assertThat(second.get()).isSameAs(second.get()); // parsed once
    }

    @Test
    void aFileWithErrorsIsReportedOnEveryRun() throws Exception {
        Path bib = dir.resolve("references.bib");
        Files.writeString(bib, "@article{broken,\n  title = {Unclosed,\n");
        Problems first = new Problems();
        assertThat(load(bib, first).get()).isNull();
        Problems second = new Problems();
        assertThat(load(bib, second).get()).isNull();
        assertThat(first.hasErrors()).isTrue();
        assertThat(second.sorted()).isEqualTo(first.sorted());
    }

    @Test
    void anEditedFileIsParsedAgainAtOnce() throws Exception {
        Path bib = dir.resolve("references.bib");
        Files.copy(FIXTURE, bib);
        load(bib, new Problems());
        Files.writeString(bib, Files.readString(bib) + "\n@misc{oops\n");
        Problems problems = new Problems();
        Supplier<Bibliography> edited = load(bib, problems);
        assertThat(edited.get()).isNull();
        List<String> errors = problems.sorted().stream().map(Problem::message).toList();
        assertThat(errors).isNotEmpty().allMatch(m -> m.contains("references.bib") || m.contains("entry"));
    }

    @Test
    void withoutACacheTheFileIsParsedAtOnce() throws Exception {
        Path bib = dir.resolve("references.bib");
        Files.copy(FIXTURE, bib);
        Supplier<Bibliography> loaded = SiteBibliography.of(bib, CitationStyles.DEFAULT, "en", RenderCache.none(), new Problems());
        assertThat(loaded).isNotInstanceOf(SiteBibliography.class);
        assertThat(loaded.get().keys()).contains("kingma2015");
        assertThat(SiteBibliography.of(dir.resolve("none.bib"), CitationStyles.DEFAULT, "en", RenderCache.none(), new Problems()).get())
                .isNull();
    }

    /** One run: its own cache object over the shared folder, written when the run ends. */
    private Supplier<Bibliography> load(Path bib, Problems problems) {
        try (RenderCache cache = RenderCache.at(dir.resolve("cache"))) {
            return SiteBibliography.of(bib, CitationStyles.DEFAULT, "en", cache, problems);
        }
    }
}
