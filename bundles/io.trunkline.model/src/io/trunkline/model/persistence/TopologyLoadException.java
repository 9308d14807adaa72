package io.trunkline.model.persistence;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** A topology file that could not be loaded; nothing of it is used, so nothing can be lost by a later save. */
public final class TopologyLoadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient List<LoadProblem> problems;

    TopologyLoadException(List<LoadProblem> problems) {
        super(problems.stream().map(LoadProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order where known. */
    public List<LoadProblem> problems() {
        return problems;
    }
}
