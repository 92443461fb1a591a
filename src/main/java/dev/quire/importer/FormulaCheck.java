package dev.quire.importer;

import dev.quire.cache.RenderCache;
import dev.quire.js.JsEngine;
import dev.quire.math.MathRenderer;
import dev.quire.math.TexNesting;
import java.util.Map;
import java.util.Optional;

/**
 * Renders each converted formula with the KaTeX the build uses, with the site's macros, so that
 * the import names every formula the build would reject, at its place in the old post. The
 * engine starts with the first formula and is closed with the import.
 */
final class FormulaCheck implements AutoCloseable {
    private final JsEngine js = new JsEngine();
    private final MathRenderer renderer;

    FormulaCheck(Map<String, String> macros) {
        this.renderer = new MathRenderer(js, RenderCache.none(), macros);
    }

    /** Why KaTeX rejects the formula, with the offset in it where it stopped (-1 when it did not say). */
    record Rejection(String message, int position) {
    }

    Optional<Rejection> check(String tex, boolean display) {
        Optional<MathRenderer.Invalid> tooDeep = TexNesting.check(tex);
        if (tooDeep.isPresent()) {
            return Optional.of(new Rejection(tooDeep.get().message(), tooDeep.get().position()));
        }
        if (renderer.render(tex, display) instanceof MathRenderer.Invalid invalid) {
            return Optional.of(new Rejection(invalid.message(), invalid.position()));
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        js.close();
    }
}
