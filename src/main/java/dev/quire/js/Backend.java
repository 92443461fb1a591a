package dev.quire.js;

import java.util.List;

/**
 * One JavaScript engine: V8 through Javet, or GraalJS. It starts runtimes that have evaluated a
 * pool's scripts; each runtime is used, and closed, by the one script thread that started it.
 */
interface Backend extends AutoCloseable {
    /** "V8", "GraalJS": what {@code --timings} says ran. */
    String name();

    /** A new runtime that has evaluated {@code scripts}, in order. */
    Runtime start(List<Script> scripts);

    @Override
    void close();

    /** Scripts evaluated in one isolate (V8) or context (GraalJS); single-threaded. */
    interface Runtime extends AutoCloseable {
        /**
         * Calls the global function {@code function} with string and boolean arguments.
         *
         * @return its result as a string, or null when it returned null
         * @throws ScriptError when the script threw
         */
        String call(String function, Object... args);

        @Override
        void close();
    }
}
