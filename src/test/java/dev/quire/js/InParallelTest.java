package dev.quire.js;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link JsEngine#inParallel}, how a build renders memo bodies: results in the items' order,
 * scripts called from a task run on the task's own thread (every script thread busy with a task
 * would otherwise wait for a free one forever), the first failure in item order is thrown.
 */
class InParallelTest {
    private static final Script ECHO = Script.inline("echo.js", "function quireEcho(s) { return s; }");

    @ParameterizedTest
    @EnumSource(names = {"V8", "GRAALJS"})
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void tasksThatCallScriptsRunThemOnTheirOwnThreadAndKeepTheItemsOrder(JsEngineKind kind) {
        try (JsEngine js = new JsEngine(kind, 2)) {
            ScriptPool pool = js.pool(List.of(ECHO));
            Set<String> threads = ConcurrentHashMap.newKeySet();
            List<Integer> items = IntStream.range(0, 40).boxed().toList();
            List<String> out = js.inParallel(items, i -> {
                threads.add(Thread.currentThread().getName());
                return pool.call("quireEcho", "memo " + i);
            });
            assertThat(out).containsExactlyElementsOf(items.stream().map(i -> "memo " + i).toList());
            assertThat(threads).allMatch(name -> name.startsWith("quire-script-"));
        }
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void aNestedCallRunsInPlaceAndTheFirstFailureInItemOrderIsThrown() {
        try (JsEngine js = new JsEngine(JsEngineKind.GRAALJS, 2)) {
            List<List<Integer>> nested = js.inParallel(List.of(1, 2, 3), i -> js.inParallel(List.of(i, i * 10), j -> j + 1));
            assertThat(nested).containsExactly(List.of(2, 11), List.of(3, 21), List.of(4, 31));
            assertThatThrownBy(() -> js.inParallel(List.of(1, 2, 3, 4), i -> {
                if (i >= 2) {
                    throw new IllegalStateException("failed at " + i);
                }
                return i;
            })).isInstanceOf(IllegalStateException.class).hasMessage("failed at 2");
        }
    }
}
