package org.lapcheck.notify;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Finding;

/**
 * findings.csv for the troika when the report folder holds none (the report layer writes it when asked for the
 * csv format; the troika gets that file as it is when it exists). RFC 4180: CRLF rows, fields quoted when needed,
 * and a leading quote before text starting with = + - @ so a spreadsheet never runs a state's words as a formula.
 */
final class FindingsCsv {

    static final String FILE = "findings.csv";

    private static final List<String> HEADER = List.of("id", "rule_id", "rule", "action", "article", "state", "year",
            "severity", "kind", "area", "message", "expected", "actual", "evidence", "recipients");

    private FindingsCsv() {}

    static byte[] render(Assessment a) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (Finding f : a.findings()) {
            row(out, List.of(f.id(), nz(f.ruleId()), nz(f.rule()), f.action() == null ? "" : f.action().toString(),
                    nz(f.article()), nz(f.state()), f.year() == null ? "" : f.year().toString(), f.severity().id(),
                    f.kind().id(), nz(f.area()), nz(f.message()), nz(f.expected()), nz(f.actual()), f.where(),
                    String.join(" ", f.recipients())));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(FindingsCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String cell(String s) {
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
