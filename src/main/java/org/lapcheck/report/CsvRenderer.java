package org.lapcheck.report;

import org.lapcheck.findings.Change;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.lapcheck.model.Evidence;
import org.lapcheck.model.Finding;
import org.lapcheck.model.Indicator;
import org.lapcheck.model.UntrustedText;

/**
 * findings.csv (one row per finding, resolved ones included when there is a previous assessment) and
 * indicators.csv (per LAP action: applicable, met, share). RFC 4180 with CRLF, UTF-8 with a byte-order mark so
 * spreadsheet programs read accents right. Column names and codes (severity, kind, area, change) stay the same in
 * every language so formulas and scripts keep working; the wording of findings and titles is translated.
 */
public final class CsvRenderer implements ViewRenderer {

    public static final String FINDINGS = "findings.csv";
    public static final String INDICATORS = "indicators.csv";

    static final List<String> FINDING_COLUMNS = List.of("id", "change", "state", "year", "action", "actions", "rule_id",
            "rule", "severity", "kind", "area", "message", "expected", "actual", "file", "line", "column", "path",
            "other_evidence", "recipients", "as_of", "acknowledged_by", "acknowledged_until", "acknowledged_reason");
    static final List<String> INDICATOR_COLUMNS = List.of("action", "title", "applicable", "met", "share",
            "applicable_previous", "met_previous", "as_of");


    @Override
    public void render(ReportView view, ReportSink out) throws IOException {
        out.put(FINDINGS, text(findings(view)));
        out.put(INDICATORS, text(indicators(view)));
    }

    private static List<List<String>> findings(ReportView view) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(FINDING_COLUMNS);
        for (Finding f : view.assessment.findings()) {
            Change change = view.diff.of(f);
            rows.add(row(view, f, change == null ? "" : change.id()));
        }
        for (Finding f : view.diff.resolved()) {
            rows.add(row(view, f, Change.RESOLVED.id()));
        }
        return rows;
    }

    private static List<String> row(ReportView view, Finding f, String change) {
        Evidence first = f.evidence().isEmpty() ? null : f.evidence().get(0);
        String others = f.evidence().stream().skip(1).map(e -> e.location() + (e.path() == null ? "" : " " + e.path()))
                .collect(Collectors.joining("; "));
        return java.util.Arrays.asList(f.id(), change, f.state(), str(f.year()), str(f.action()),
                f.actions().stream().map(String::valueOf).collect(Collectors.joining(" ")), f.ruleId(),
                view.rules.title(f), f.severity().id(), f.kind().id(), f.area(), view.rules.message(f),
                view.rules.expected(f), view.rules.actual(f), first == null ? null : first.file(),
                first == null ? null : str(first.line()), first == null ? null : str(first.column()),
                first == null ? null : first.path(), others, String.join(" ", f.recipients()),
                view.assessment.asOf().toString(),
                // a decision of the machinery stays beside the finding, never in place of it
                f.acknowledged() == null ? null : f.acknowledged().by(),
                f.acknowledged() == null ? null : f.acknowledged().until().toString(),
                f.acknowledged() == null ? null : f.acknowledged().reason());
    }

    private static List<List<String>> indicators(ReportView view) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(INDICATOR_COLUMNS);
        for (Indicator i : view.assessment.indicators()) {
            Indicator before = view.previousIndicator(i.action()).orElse(null);
            rows.add(java.util.Arrays.asList(String.valueOf(i.action()), view.actionTitle(i.action()),
                    String.valueOf(i.applicable()), String.valueOf(i.met()), String.format(Locale.ROOT, "%.4f", i.share()),
                    before == null ? null : String.valueOf(before.applicable()),
                    before == null ? null : String.valueOf(before.met()), view.assessment.asOf().toString()));
        }
        return rows;
    }

    private static String str(Integer n) {
        return n == null ? null : n.toString();
    }

    private static CharSequence text(List<List<String>> rows) {
        StringBuilder out = new StringBuilder(Math.max(1 << 16, rows.size() * 560)).append('\uFEFF'); // ~530 a row
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                out.append(i == 0 ? "" : ",").append(cell(row.get(i)));
            }
            out.append("\r\n");
        }
        return out;
    }

    /**
     * One field. Control, bidi and separator characters are written as escapes (a backslash and n, or u and the
     * code point in hex) by the definition the terminal and Markdown use ({@link UntrustedText}): a state's text can
     * neither reorder or hide what a reader sees in the cell nor break a row, so every row is one line. Then a
     * field that starts like a spreadsheet formula ({@code = + - @}) is prefixed with {@code '}, so a state's text
     * never runs as a formula in the coordinator's spreadsheet (a leading tab or CR, which spreadsheets also treat
     * so, is escaped by then). Last, RFC 4180: quoted when it holds a comma or a quote (line breaks are escaped).
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String escaped = UntrustedText.escape(value);
        String v = "=+-@".indexOf(escaped.charAt(0)) >= 0 ? "'" + escaped : escaped;
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
