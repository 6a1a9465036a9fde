package org.lapcheck.submission.reference;

import java.util.List;
import java.util.stream.Collectors;
import org.lapcheck.model.Problem;

/** The reference data cannot be used; the message lists every problem as {@code file:line:column: message}. */
public class ReferenceDataException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ReferenceDataException(List<Problem> problems) {
        super("invalid reference data:\n" + problems.stream()
                .map(p -> p.file() + ":" + p.line() + ":" + p.column() + ": " + p.message())
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
