package org.lapcheck.submission;

import java.util.Comparator;
import java.util.List;
import org.lapcheck.model.Problem;
import org.lapcheck.model.SelfReport;

/**
 * One self-report as loaded: the report (null when any problem is an error) and every problem of the file, errors
 * and warnings, in the order they stand in the file.
 *
 * @param file    display path, relative to the project root, with {@code /}
 * @param sha256  hex SHA-256 of the bytes read; null when the file could not be read at all
 */
public record LoadResult(String file, SelfReport report, List<Problem> problems, String sha256) {

    public static final Comparator<Problem> IN_FILE_ORDER =
            Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

    public LoadResult {
        problems = problems.stream().sorted(IN_FILE_ORDER).toList();
    }

    /** True when the file gave a report: no error (warnings allowed). */
    public boolean ok() {
        return report != null && problems.stream().noneMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
