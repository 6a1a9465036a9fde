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
 * What the troika overview carries: one compressed file, {@code lapcheck-report-AS-OF.zip}, holding findings.csv (the
 * report folder's own when there is one, else written from the assessment) and the HTML report's front page when the
 * folder holds it. Compressed because the CSV and the page, mailed as they are, made the overview two thirds of a
 * megabyte; zipped, they are a tenth of that. The full report stays in the report folder the overview names.
 */
public final class TroikaAttachments {

    /** Relays commonly refuse messages over 10-25 MB; past this much HTML the overview names the report instead. */
    static final long MAX_HTML_BYTES = 8L * 1024 * 1024;

    private TroikaAttachments() {}

    /** @param reportFolder the assessment's folder (reports/AS-OF), or null when only the findings are at hand */
    public static List<Attachment> from(Path reportFolder, Assessment assessment) {
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        try {
            Path csv = reportFolder == null ? null : reportFolder.resolve(CsvRenderer.FINDINGS);
            byte[] csvBytes = csv != null && Files.isRegularFile(csv) ? Files.readAllBytes(csv)
                    : new CsvRenderer().render(new ReportContext(assessment, List.of(), Map.of(), Locale.ENGLISH, null))
                            .get(CsvRenderer.FINDINGS);
            files.put(CsvRenderer.FINDINGS, csvBytes);
            if (reportFolder != null && Files.isDirectory(reportFolder)) {
                long total = 0;
                try (Stream<Path> list = Files.list(reportFolder)) {
                    for (Path html : list.filter(p -> p.getFileName().toString().endsWith(".html"))
                            .filter(Files::isRegularFile).sorted().toList()) {
                        total += Files.size(html);
                        if (total <= MAX_HTML_BYTES) {
                            files.put(html.getFileName().toString(), Files.readAllBytes(html));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report in " + reportFolder + ": " + e.getMessage(), e);
        }
        return List.of(new Attachment("lapcheck-report-" + assessment.asOf() + ".zip", "application/zip",
                zip(files, assessment.asOf())));
    }

    /**
     * The files zipped, each stamped with the as-of date rather than the clock: composing the same assessment again
     * gives the same bytes, so an unchanged digest is never sent again as a correction.
     */
    static byte[] zip(java.util.Map<String, byte[]> files, java.time.LocalDate asOf) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long stamp = asOf.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry(f.getKey());
                entry.setTime(stamp);
                zip.putNextEntry(entry);
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compress the troika's attachment: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
