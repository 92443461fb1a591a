package dev.quire.diag;

/** How bad a {@link Problem} is: errors fail the build, warnings are printed and the build goes on. */
public enum Severity {
    ERROR, WARNING;

    /** The word printed after the position, as compilers print it. */
    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
