package dev.quire.js;

/**
 * A script threw: the input's problem (a formula KaTeX cannot lay out, a grammar that fails on a
 * block), never the engine's. Every engine reports it alike, with the script's own message.
 */
public final class ScriptError extends RuntimeException {
    public ScriptError(String message) {
        super(message, null, false, false);
    }
}
