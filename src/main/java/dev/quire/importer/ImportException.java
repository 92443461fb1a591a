package dev.quire.importer;

/**
 * The blog or the command line cannot be imported at all: no such folder, no posts, an output
 * folder that holds something else. Carries the message, a hint and whether it is a usage error.
 */
public final class ImportException extends Exception {
    private final String hint;
    private final boolean usage;

    public ImportException(String message, String hint, boolean usage) {
        super(message);
        this.hint = hint;
        this.usage = usage;
    }

    public String hint() {
        return hint;
    }

    /** Whether the command line was wrong (exit 2) rather than the blog (exit 1). */
    public boolean usage() {
        return usage;
    }
}
