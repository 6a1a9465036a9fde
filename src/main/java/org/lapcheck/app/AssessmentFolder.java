package org.lapcheck.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.lang3.StringUtils;
import org.lapcheck.findings.FindingsJson;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Finding;
import org.lapcheck.model.UntrustedText;

/** Finds the assessment a command reads: the one named by {@code --assessment}, else the latest in reports/. */
public final class AssessmentFolder {

    private AssessmentFolder() {}

    public static Path resolve(Path given, Workspace ws) {
        if (given != null) {
            Path dir = given.toAbsolutePath().normalize();
            if (!Files.isRegularFile(dir.resolve(FindingsJson.FILE))) {
                throw new UsageException("no " + FindingsJson.FILE + " in " + given);
            }
            return dir;
        }
        return latest(ws.reports()).orElseThrow(() -> new UsageException(
                "no assessment in " + ws.reports() + " yet: run ./lap assess first"));
    }

    /** The report folder with the greatest as-of date that holds a findings.json. */
    public static Optional<Path> latest(Path reports) {
        return dated(reports, null);
    }

    /**
     * The report folder with the greatest as-of date before {@code before} (any date when null) that holds a
     * findings.json. Folders whose name is not a date (the outbox, a run's temporary folders) are passed over.
     */
    static Optional<Path> dated(Path reports, LocalDate before) {
        if (!Files.isDirectory(reports)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(reports)) {
            return dirs.filter(d -> dateOf(d).filter(date -> before == null || date.isBefore(before)).isPresent())
                    .filter(d -> Files.isRegularFile(d.resolve(FindingsJson.FILE)))
                    .max(Comparator.comparing(d -> dateOf(d).orElseThrow()));
        } catch (IOException e) {
            throw new UsageException("cannot list " + reports + ": " + e.getMessage(), e);
        }
    }

    /** The date a report folder is named by, if it is named by one. */
    static Optional<LocalDate> dateOf(Path folder) {
        Path name = folder.getFileName();
        try {
            return name == null ? Optional.empty() : Optional.of(LocalDate.parse(name.toString()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The findings document of a report folder. */
    public static Assessment assessment(Path dir) {
        return FindingsJson.read(read(dir.resolve(FindingsJson.FILE)));
    }

    /**
     * The finding {@code id} of an assessment (the id's case aside); when there is none, a usage error that says so
     * and names the three nearest ids.
     */
    public static Finding finding(Assessment a, String id) {
        return a.findings().stream().filter(f -> f.id().equalsIgnoreCase(id)).findFirst().orElseThrow(() -> {
            String typed = id.toLowerCase(Locale.ROOT);
            List<String> near = a.findings().stream().map(Finding::id)
                    .sorted(Comparator.comparingInt(x -> StringUtils.getLevenshteinDistance(x.toLowerCase(Locale.ROOT), typed)))
                    .limit(3).toList();
            return new UsageException("no finding " + UntrustedText.cut(id, 80) + " in the assessment as of " + a.asOf()
                    + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?"));
        });
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
