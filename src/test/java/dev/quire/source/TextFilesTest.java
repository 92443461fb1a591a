package dev.quire.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.diag.Problems;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextFilesTest {
    @Test
    void aRealReplacementCharacterIsText() {
        Problems problems = new Problems();
        assertThat(TextFiles.decode("a.md", "a \uFFFD b".getBytes(StandardCharsets.UTF_8), problems)).contains("a \uFFFD b");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsAreDropped() {
        Problems problems = new Problems();
        assertThat(TextFiles.decode("a.md", "\uFEFF---\r\ntitle: x\r\n".getBytes(StandardCharsets.UTF_8), problems))
                .contains("---\ntitle: x\n");
    }

    @Test
    void anInvalidByteIsReportedWhereItStands() {
        Problems problems = new Problems();
        byte[] bytes = {'o', 'k', '\n', 'a', 'b', (byte) 0xFF, 'c', '\n'};
        assertThat(TextFiles.decode("a.md", bytes, problems)).isEmpty();
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("a.md:2:3");
            assertThat(p.message()).isEqualTo("file is not valid UTF-8 (byte 0xFF)");
        });
    }
}
