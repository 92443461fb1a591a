package dev.quire.js;

/** An engine that cannot start here (V8's native library did not load), with why. */
public final class EngineUnavailable extends RuntimeException {
    public EngineUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
