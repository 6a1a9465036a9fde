package org.lapcheck.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.lapcheck.report.JsonRenderer;

/** Finds the assessment a command reads: the one named by {@code --assessment}, else the latest in reports/. */
public final class AssessmentFolder {

    private AssessmentFolder() {}

    public static Path resolve(Path given, Workspace ws) {
        if (given != null) {
            Path dir = given.toAbsolutePath().normalize();
            if (!Files.isRegularFile(dir.resolve(JsonRenderer.FINDINGS))) {
                throw new UsageException("no " + JsonRenderer.FINDINGS + " in " + given);
            }
            return dir;
        }
        return latest(ws.reports()).orElseThrow(() -> new UsageException(
                "no assessment in " + ws.reports() + " yet: run ./lap assess first"));
    }

    /** The report folder with the greatest as-of date that holds a findings.json. */
    public static Optional<Path> latest(Path reports) {
        if (!Files.isDirectory(reports)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(reports)) {
            return dirs.filter(d -> d.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}"))
                    .filter(d -> Files.isRegularFile(d.resolve(JsonRenderer.FINDINGS)))
                    .max(Comparator.comparing(d -> d.getFileName().toString()));
        } catch (IOException e) {
            throw new UsageException("cannot list " + reports + ": " + e.getMessage(), e);
        }
    }

    /** The findings document of a report folder. */
    public static Assessment assessment(Path dir) {
        return FindingsJson.read(read(dir.resolve(JsonRenderer.FINDINGS)));
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
