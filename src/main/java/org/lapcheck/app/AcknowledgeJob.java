package org.lapcheck.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lapcheck.findings.Acknowledgements;
import org.lapcheck.model.Acknowledgement;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Finding;
import org.lapcheck.model.UntrustedText;
import org.lapcheck.submission.reference.ReferenceDataException;
import org.lapcheck.submission.reference.ReferenceDataLoader;

/**
 * Records a coordinator's decision about a finding in {@code inputs/acknowledgements.yaml}, and lists the decisions
 * on file against the latest assessment. The file is the user's: an entry is appended as text (comments, order and
 * layout kept), the whole file is checked as the assessment will read it before anything is written, and it is
 * replaced atomically, so a failed or refused write leaves it as it was.
 */
public final class AcknowledgeJob {

    /** What {@code --list} reports, each entry with where it stands in the file. */
    public record Listing(LocalDate asOf, List<Acknowledgement> applying, List<Acknowledgement> stale,
            List<Acknowledgement> expired, List<Acknowledgement> expiringSoon) {}

    /** An entry expiring within this many days of today is shown as expiring soon. */
    public static final int SOON_DAYS = 60;

    private static final String HEADER = "format: lapcheck-acknowledgements/1\nacknowledgements:\n";

    private AcknowledgeJob() {}

    /**
     * Appends the decision to acknowledge {@code findingId} of the latest assessment.
     *
     * @throws UsageException when the id is not a finding of the latest assessment, {@code until} has passed, the
     *                        reason is empty, or the file with the entry would not load (a {@code by} that is no office)
     */
    public static Path append(Workspace ws, Path inputsDir, String findingId, String reason, LocalDate until, String by,
            LocalDate today) {
        Assessment latest = latest(ws);
        Finding found = AssessmentFolder.finding(latest, findingId); // none: a usage error naming the nearest ids
        if (!found.id().equals(findingId)) { // acknowledgements match ids exactly
            throw new UsageException("no finding " + UntrustedText.cut(findingId, 80) + " in the assessment as of "
                    + latest.asOf() + "; did you mean " + found.id() + "?");
        }
        if (reason == null || reason.isBlank()) {
            throw new UsageException("--reason is required: why, in a sentence fit for the troika and the coordinators");
        }
        if (until.isBefore(today)) {
            throw new UsageException("--until " + until + " has passed: an acknowledgement applies up to its last day");
        }
        Path file = ReferenceDataLoader.acknowledgementsFile(inputsDir);
        String before;
        try {
            before = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : HEADER;
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + UntrustedText.ioReason(e), e);
        }
        StringBuilder entry = new StringBuilder(before.endsWith("\n") || before.isEmpty() ? "" : "\n");
        entry.append("  - id: ").append(quoted(findingId)).append('\n')
                .append("    reason: ").append(quoted(reason.strip())).append('\n');
        if (by != null) {
            entry.append("    by: ").append(quoted(by)).append('\n');
        }
        entry.append("    date: ").append(today).append('\n')
                .append("    until: ").append(until).append('\n');
        String after = before + entry;
        Path staged = null;
        try {
            Files.createDirectories(file.getParent());
            staged = Files.createTempFile(file.getParent(), ".acknowledgements-", ".yaml.tmp");
            Files.writeString(staged, after, StandardCharsets.UTF_8);
            // Read back as the assessment will read it: a wrong office or a broken file is refused before it is used.
            checkLoads(staged, inputsDir, ws.home());
            try {
                Files.move(staged, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING);
            }
            staged = null;
            return file;
        } catch (IOException e) {
            throw new UsageException("cannot write " + file + ": " + UntrustedText.ioReason(e) + "; it is unchanged", e);
        } finally {
            if (staged != null) {
                try {
                    Files.deleteIfExists(staged);
                } catch (IOException ignored) {
                    // a leftover temporary file beside the inputs is harmless and named .tmp
                }
            }
        }
    }

    /** The decisions on file against the latest assessment: which apply, which cover nothing, which lapsed or soon will. */
    public static Listing list(Workspace ws, Path inputsDir, LocalDate today) {
        Assessment latest = latest(ws);
        List<Acknowledgement> entries;
        try {
            entries = ReferenceDataLoader.acknowledgements(inputsDir, ws.home());
        } catch (ReferenceDataException e) {
            throw new UsageException("the acknowledgements cannot be read:" + System.lineSeparator() + e.getMessage(), e);
        }
        Acknowledgements.Applied applied = Acknowledgements.apply(latest, entries);
        List<Acknowledgement> applying = new ArrayList<>();
        List<Acknowledgement> soon = new ArrayList<>();
        for (Acknowledgement e : entries) {
            if (!applied.stale().contains(e) && !applied.expired().contains(e)) {
                applying.add(e);
                if (!e.until().isAfter(today.plusDays(SOON_DAYS))) {
                    soon.add(e);
                }
            }
        }
        return new Listing(latest.asOf(), applying, applied.stale(), applied.expired(), soon);
    }

    private static Assessment latest(Workspace ws) {
        Path dir = AssessmentFolder.latest(ws.reports()).orElseThrow(() -> new UsageException(
                "no assessment in " + ws.reports() + " yet: run ./lap assess first, then acknowledge its findings"));
        return AssessmentFolder.assessment(dir);
    }

    private static void checkLoads(Path staged, Path inputsDir, Path home) {
        Path check;
        try {
            check = Files.createTempDirectory("lapcheck-ack-check");
            Files.copy(staged, check.resolve("acknowledgements.yaml"));
        } catch (IOException e) {
            throw new UsageException("cannot check the acknowledgements: " + UntrustedText.ioReason(e), e);
        }
        try {
            ReferenceDataLoader.acknowledgements(check, home);
        } catch (ReferenceDataException e) {
            throw new UsageException("the entry was not written, since the file would not load:" + System.lineSeparator()
                    + e.getMessage().replace(check.toString(), inputsDir.toString()), e);
        } finally {
            try {
                Files.deleteIfExists(check.resolve("acknowledgements.yaml"));
                Files.deleteIfExists(check);
            } catch (IOException ignored) {
                // a temporary folder of lapcheck's own
            }
        }
    }

    /** A YAML double-quoted scalar: nothing the user typed can end the entry or start another key. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
