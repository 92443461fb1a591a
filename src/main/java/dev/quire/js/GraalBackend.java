package dev.quire.js;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * GraalJS, the portable engine: pure Java, so it runs wherever Quire does. One shared
 * {@link Engine} keeps each script's parsed form, so every context after the first costs tens of
 * milliseconds instead of seconds. On a stock JDK it runs without its JIT, which is why V8 is
 * preferred where it loads.
 */
final class GraalBackend implements Backend {
    private final Engine engine;
    private final Map<Script, Source> sources = new ConcurrentHashMap<>();

    GraalBackend() {
        // interpreted on a stock JDK: say nothing about it on every run
        this.engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
    }

    @Override
    public String name() {
        return "GraalJS";
    }

    @Override
    public Runtime start(List<Script> scripts) {
        // scripts may log (KaTeX warns on the console): nothing of theirs reaches the user
        Context context = Context.newBuilder("js").engine(engine)
                .out(OutputStream.nullOutputStream()).err(OutputStream.nullOutputStream()).build();
        try {
            for (Script script : scripts) {
                context.eval(sources.computeIfAbsent(script,
                        s -> Source.newBuilder("js", s.text(), s.resource()).cached(true).buildLiteral()));
            }
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        return new GraalRuntime(context);
    }

    @Override
    public void close() {
        engine.close();
    }

    private record GraalRuntime(Context context) implements Runtime {
        @Override
        public String call(String function, Object... args) {
            try {
                Value out = context.getBindings("js").getMember(function).execute(args);
                return out.isNull() ? null : out.asString();
            } catch (PolyglotException e) {
                if (e.isGuestException() && !e.isInternalError()) {
                    throw new ScriptError(e.getMessage());
                }
                throw e;
            }
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
