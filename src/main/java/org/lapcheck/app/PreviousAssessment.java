package org.lapcheck.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.lapcheck.findings.FindingsJson;
import org.lapcheck.model.Assessment;

/**
 * Finds the assessment to compare with: the report folder of the same as-of date when one exists (a re-run compares
 * with the last run), otherwise the latest earlier {@code reports/<date>/} that holds a findings.json. Folders whose
 * name is not a date (the outbox, temporary folders of a run in progress) are ignored.
 */
public final class PreviousAssessment {

    private PreviousAssessment() {}

    /** The findings.json to compare with, if any. */
    public static Optional<Path> locate(Path reportsDir, LocalDate asOf) {
        return locate(reportsDir, asOf, true);
    }

    private static Optional<Path> locate(Path reportsDir, LocalDate asOf, boolean sameDay) {
        Path same = reportsDir.resolve(asOf.toString()).resolve(FindingsJson.FILE);
        if (sameDay && Files.isRegularFile(same)) {
            return Optional.of(same);
        }
        return AssessmentFolder.dated(reportsDir, asOf).map(p -> p.resolve(FindingsJson.FILE));
    }

    /**
     * The latest assessment strictly before {@code asOf} (a re-run of the same day does not count): what the
     * digests compare indicators with.
     *
     * @throws IOException naming the file when it exists but is not a findings document
     */
    public static Optional<Assessment> before(Path reportsDir, LocalDate asOf) throws IOException {
        return find(reportsDir, asOf, false);
    }

    /**
     * The previous assessment, if any.
     *
     * @throws IOException naming the file when it exists but is not a findings document
     */
    public static Optional<Assessment> find(Path reportsDir, LocalDate asOf) throws IOException {
        return find(reportsDir, asOf, true);
    }

    private static Optional<Assessment> find(Path reportsDir, LocalDate asOf, boolean sameDay) throws IOException {
        Optional<Path> file = locate(reportsDir, asOf, sameDay);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(FindingsJson.read(Files.readString(file.get(), StandardCharsets.UTF_8)));
        } catch (RuntimeException e) { // a hand-edited or truncated file: name it rather than crash
            throw new IOException("the previous assessment " + file.get() + " cannot be read: " + e.getMessage(), e);
        }
    }
}
