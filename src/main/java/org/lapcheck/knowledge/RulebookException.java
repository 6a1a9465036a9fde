package org.lapcheck.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** The rulebook cannot be used; carries every problem found, not just the first. */
public class RulebookException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient List<RulebookProblem> problems;

    public RulebookException(List<RulebookProblem> problems) {
        super(problems.stream().map(RulebookProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<RulebookProblem> problems() {
        return problems;
    }
}
