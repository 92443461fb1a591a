package dev.quire.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Found by fuzzing: links and images whose path no file can have must not stop an import. */
class PostFilesTest {
    @Test
    void percentEscapesAreDecoded() {
        assertThat(PostFiles.urlPath("images/my%20plot.png")).isEqualTo("images/my plot.png");
        assertThat(PostFiles.urlPath("a+b.png")).isEqualTo("a+b.png");
    }

    @Test
    void aPercentSignThatEscapesNothingIsKeptAsWritten() {
        assertThat(PostFiles.urlPath("images/100%.png")).isEqualTo("images/100%.png");
        assertThat(PostFiles.urlPath("images/%zz.png")).isEqualTo("images/%zz.png");
    }

    @Test
    void aPathWithANulIsNoFile() {
        assertThat(PostFiles.resolve(Path.of("blog"), "images/a\u0000b.png")).isEmpty();
        assertThat(PostFiles.resolve(Path.of("blog"), "images/../b.png")).contains(Path.of("blog/b.png"));
    }
}
