package dev.quire.js;

import com.caoccao.javet.exceptions.BaseJavetScriptingException;
import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.exceptions.JavetTerminatedException;
import com.caoccao.javet.interop.V8Host;
import com.caoccao.javet.interop.V8Runtime;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.primitive.V8ValueString;
import com.caoccao.javet.values.reference.V8ValueGlobalObject;
import java.util.List;

/**
 * V8 inside the JVM, through Javet: the engine Node.js and Chromium run, with its JIT, so KaTeX
 * and highlight.js run at the speed they were written for (2,906 formulas: ~0.4 s, against ~14 s
 * in GraalJS interpreted). Each runtime is its own isolate, used by one script thread.
 *
 * <p>A script that nears the heap limit is stopped and reported as failing, not left to end the
 * process, which is what V8 does when memory runs out.
 */
final class V8Backend implements Backend {
    private final V8Host host;

    private V8Backend(V8Host host) {
        this.host = host;
    }

    /** @throws EngineUnavailable when the native library does not load here */
    static V8Backend load() {
        V8Host host = V8Library.host();
        try (V8Runtime probe = host.createV8Runtime()) {
            if (probe.getExecutor("6 * 7").executeInteger() != 42) {
                throw new EngineUnavailable("V8 answered wrongly", null);
            }
        } catch (JavetException | RuntimeException | LinkageError e) {
            throw new EngineUnavailable("V8 did not start: " + V8Library.rootMessage(e), e);
        }
        return new V8Backend(host);
    }

    @Override
    public String name() {
        return "V8";
    }

    @Override
    public Runtime start(List<Script> scripts) {
        V8Runtime runtime = null;
        try {
            runtime = host.createV8Runtime();
            V8Runtime self = runtime;
            self.setNearHeapLimitCallback((current, initial) -> {
                self.terminateExecution();
                return current * 2; // room for the stack to unwind after the termination
            });
            for (Script script : scripts) {
                runtime.getExecutor(script.text()).setResourceName(script.resource()).executeVoid();
            }
            return new V8ScriptRuntime(runtime, runtime.getGlobalObject());
        } catch (JavetException e) {
            close(runtime);
            throw new IllegalStateException("V8 could not evaluate the scripts: " + e.getMessage(), e);
        }
    }

    private static void close(V8Runtime runtime) {
        if (runtime != null) {
            try {
                runtime.close();
            } catch (JavetException e) {
                // closing after a failure: the first failure is the one reported
            }
        }
    }

    @Override
    public void close() {
        // the host and its library live as long as the process; runtimes are closed by their threads
    }

    private record V8ScriptRuntime(V8Runtime runtime, V8ValueGlobalObject global) implements Runtime {
        @Override
        public String call(String function, Object... args) {
            try (V8Value out = global.invoke(function, args)) {
                if (out instanceof V8ValueString string) {
                    return string.getValue();
                }
                if (out.isNullOrUndefined()) {
                    return null;
                }
                throw new IllegalStateException(function + " returned " + out.getClass().getSimpleName() + ", not a string");
            } catch (JavetTerminatedException e) {
                runtime.cancelTerminateExecution();
                throw new ScriptError("the script ran out of memory");
            } catch (BaseJavetScriptingException e) {
                throw new ScriptError(e.getMessage());
            } catch (JavetException e) {
                throw new IllegalStateException("V8 failed calling " + function + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                global.close();
            } catch (JavetException e) {
                // the runtime's close below releases it too
            }
            V8Backend.close(runtime);
        }
    }
}
