package dev.quire.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.diag.ProblemPrinter;
import dev.quire.diag.Problems;
import dev.quire.js.JsEngineKind;
import org.junit.jupiter.api.Test;

/** {@code js_engine:} in quire.yml: auto by default, v8 or graaljs by name, anything else an error at its place. */
class JsEngineSettingTest {
    @Test
    void autoByDefaultAndTheNamedEngineOtherwise() {
        assertThat(ConfigLoader.parse("title: T\n", new Problems()).orElseThrow().jsEngine()).isEqualTo(JsEngineKind.AUTO);
        assertThat(ConfigLoader.parse("title: T\njs_engine: graaljs\n", new Problems()).orElseThrow().jsEngine())
                .isEqualTo(JsEngineKind.GRAALJS);
        assertThat(ConfigLoader.parse("title: T\njs_engine: V8\n", new Problems()).orElseThrow().jsEngine())
                .isEqualTo(JsEngineKind.V8);
    }

    @Test
    void anUnknownEngineIsAnErrorAtItsPlace() {
        Problems problems = new Problems();
        assertThat(ConfigLoader.parse("title: T\njs_engine: node\n", problems)).isEmpty();
        assertThat(ProblemPrinter.format(problems.sorted().get(0))).isEqualTo("""
                quire.yml:2:12: error: unknown JavaScript engine 'node'
                  2 | js_engine: node
                    |            ^
                  hint: write 'js_engine: auto' (V8 where it loads, else GraalJS), 'v8' or 'graaljs'
                """);
    }
}
