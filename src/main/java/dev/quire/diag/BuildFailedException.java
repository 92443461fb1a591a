package dev.quire.diag;

import java.util.List;

/** Thrown when a build finds errors: carries every problem found, warnings included. */
public final class BuildFailedException extends Exception {
    private final transient List<Problem> problems;

    public BuildFailedException(List<Problem> problems) {
        super(problems.stream().filter(Problem::isError).count() + " error(s)");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
