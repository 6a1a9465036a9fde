package org.lapcheck.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.lapcheck.model.Assessment;
import org.lapcheck.report.CsvRenderer;
import org.lapcheck.report.ReportContext;

/**
 * What the troika overview carries: findings.csv (the report folder's own when there is one, else written from
 * the assessment) and the HTML report when the folder holds one and it is small enough to mail.
 */
public final class TroikaAttachments {

    /** Relays commonly refuse messages over 10-25 MB; past this much HTML the overview names the report instead. */
    static final long MAX_HTML_BYTES = 8L * 1024 * 1024;

    private TroikaAttachments() {}

    /** @param reportFolder the assessment's folder (reports/AS-OF), or null when only the findings are at hand */
    public static List<Attachment> from(Path reportFolder, Assessment assessment) {
        List<Attachment> out = new ArrayList<>();
        try {
            Path csv = reportFolder == null ? null : reportFolder.resolve(CsvRenderer.FINDINGS);
            byte[] csvBytes = csv != null && Files.isRegularFile(csv) ? Files.readAllBytes(csv)
                    : new CsvRenderer().render(new ReportContext(assessment, List.of(), Map.of(), Locale.ENGLISH, null))
                            .get(CsvRenderer.FINDINGS);
            out.add(new Attachment(CsvRenderer.FINDINGS, "text/csv; charset=UTF-8", csvBytes));
            if (reportFolder != null && Files.isDirectory(reportFolder)) {
                long total = 0;
                try (Stream<Path> files = Files.list(reportFolder)) {
                    for (Path html : files.filter(p -> p.getFileName().toString().endsWith(".html"))
                            .filter(Files::isRegularFile).sorted().toList()) {
                        total += Files.size(html);
                        if (total <= MAX_HTML_BYTES) {
                            out.add(new Attachment(html.getFileName().toString(), "text/html; charset=UTF-8",
                                    Files.readAllBytes(html)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report in " + reportFolder + ": " + e.getMessage(), e);
        }
        return out;
    }
}
