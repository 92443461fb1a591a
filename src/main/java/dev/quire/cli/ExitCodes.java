package dev.quire.cli;

/** The process exit codes of PRODUCT.md §4. */
final class ExitCodes {
    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;
    /** An I/O failure or a defect, distinct from problems in the content. */
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
