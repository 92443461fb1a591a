package dev.quire.js;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.cache.RenderCache;
import dev.quire.math.MathRenderer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bad input never takes the process down, in either engine: a script that throws is a
 * {@link ScriptError} with its message; a formula that is huge or nested deeply is refused before
 * any engine sees it, alike in both; one nested deeply but within the limit renders alike in both;
 * a script that exhausts V8's heap is stopped and reported, and the runtime goes on working.
 */
class JsEngineFailureTest {
    private static final Script MISBEHAVE = Script.onClassPath("js/misbehave.js");

    @ParameterizedTest
    @EnumSource(names = {"V8", "GRAALJS"})
    void aScriptThatThrowsIsAScriptErrorWithItsMessage(JsEngineKind kind) {
        try (JsEngine js = new JsEngine(kind)) {
            ScriptPool pool = js.pool(List.of(MISBEHAVE));
            assertThatThrownBy(() -> pool.call("quireThrow", "no such layout"))
                    .isInstanceOf(ScriptError.class).hasMessage("TypeError: no such layout");
            assertThatThrownBy(() -> pool.call("quireRecurse", "1e9"))
                    .isInstanceOf(ScriptError.class).hasMessageContaining("Maximum call stack size exceeded");
            assertThat(pool.call("quireEcho", "still working")).isEqualTo("still working");
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"V8", "GRAALJS"})
    void hugeAndDeeplyNestedFormulasAreRefusedAlikeInBothEngines(JsEngineKind kind) {
        try (JsEngine js = new JsEngine(kind)) {
            MathRenderer math = new MathRenderer(js, RenderCache.none(), java.util.Map.of());
            assertThat(math.render("x+".repeat(15_000), true)).isEqualTo(new MathRenderer.Invalid(
                    "the formula is 30,000 characters long; Quire renders formulas of up to 20,000", -1));
            String tooDeep = "\\sqrt{".repeat(201) + "x" + "}".repeat(201);
            assertThat(math.render(tooDeep, true)).isEqualTo(new MathRenderer.Invalid(
                    "the formula nests more than 200 groups, \\left…\\right pairs or environments deep", 200 * 6 + 5));
            assertThat(math.render("\\left(".repeat(201) + "x" + "\\right)".repeat(201), false))
                    .isInstanceOf(MathRenderer.Invalid.class);
            assertThat(js.started()).as("refused before any engine started").isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"V8", "GRAALJS"})
    void aFormulaNestedToTheLimitRendersOnTheScriptThreadsDeepStack(JsEngineKind kind) {
        try (JsEngine js = new JsEngine(kind)) {
            MathRenderer math = new MathRenderer(js, RenderCache.none(), java.util.Map.of());
            // GraalJS on a worker's default 1 MB stack failed at 50 nested roots
            String deep = "\\sqrt{".repeat(200) + "x" + "}".repeat(200);
            assertThat(math.render(deep, true)).isInstanceOf(MathRenderer.Rendered.class);
            assertThat(math.render("\\frac{1}{\\betta}", false))
                    .isEqualTo(new MathRenderer.Invalid("Undefined control sequence: \\betta", 9));
        }
    }

    @org.junit.jupiter.api.Test
    void aScriptThatExhaustsV8sHeapIsStoppedNotTheProcess() {
        try (JsEngine js = new JsEngine(JsEngineKind.V8, 1)) {
            ScriptPool pool = js.pool(List.of(MISBEHAVE));
            assertThatThrownBy(() -> pool.call("quireExhaustMemory"))
                    .isInstanceOf(ScriptError.class).hasMessage("the script ran out of memory");
            assertThat(pool.call("quireEcho", "still working")).isEqualTo("still working");
        }
    }
}
