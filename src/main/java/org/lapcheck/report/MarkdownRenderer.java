package org.lapcheck.report;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Finding;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Severity;

/** summary.md: what a coordinator reads first and pastes from — counts, then findings by state, then provenance. */
public final class MarkdownRenderer implements Renderer {

    public static final String SUMMARY = "summary.md";

    @Override
    public String format() {
        return "md";
    }

    @Override
    public Map<String, byte[]> render(ReportContext context) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(SUMMARY, summary(context).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    static String summary(ReportContext context) {
        Assessment a = context.assessment();
        StringBuilder md = new StringBuilder();
        md.append("# Lausanne Action Plan assessment as of ").append(a.asOf()).append("\n\n");
        md.append(a.statesAssessed().size()).append(" states parties assessed; ").append(a.findings().size())
                .append(" findings.\n\n");
        md.append("| severity | findings |\n|---|---:|\n");
        for (Severity s : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO)) {
            md.append("| ").append(s.id()).append(" | ").append(a.count(s)).append(" |\n");
        }
        md.append('\n');
        Map<String, List<Finding>> byState = a.findings().stream().collect(Collectors.groupingBy(
                f -> f.state() == null ? "" : f.state(), TreeMap::new, Collectors.toList()));
        List<Finding> machinery = byState.remove("");
        if (machinery != null) {
            md.append("## The convention's machinery\n\n");
            machinery.forEach(f -> item(md, f, context));
            md.append('\n');
        }
        md.append("## By state\n\n");
        byState.forEach((state, findings) -> {
            md.append("### ").append(state).append("\n\n");
            findings.stream().filter(f -> f.kind() != FindingKind.POSITIVE).forEach(f -> item(md, f, context));
            List<Finding> positive = findings.stream().filter(f -> f.kind() == FindingKind.POSITIVE).toList();
            if (!positive.isEmpty()) {
                md.append("\nDone well:\n\n");
                positive.forEach(f -> item(md, f, context));
            }
            md.append('\n');
        });
        if (!a.indicators().isEmpty()) {
            md.append("## Indicators\n\n| LAP action | | applies to | meet it |\n|---:|---|---:|---:|\n");
            a.indicators().forEach(i -> md.append("| ").append(i.action()).append(" | ")
                    .append(Text.cell(context.actionTitle(i.action()))).append(" | ").append(i.applicable()).append(" | ")
                    .append(i.met()).append(" |\n"));
            md.append('\n');
        }
        md.append("---\nlapcheck ").append(a.provenance().toolVersion()).append(" · ruleset ")
                .append(a.provenance().rulesetSha256(), 0, Math.min(12, a.provenance().rulesetSha256().length()))
                .append(" (").append(a.provenance().rules()).append(" rules, ").append(a.provenance().actionsCovered())
                .append(" LAP actions judged) · ").append(a.provenance().inputs().size()).append(" input files · as of ")
                .append(a.asOf()).append('\n');
        return md.toString();
    }

    private static void item(StringBuilder md, Finding f, ReportContext context) {
        md.append("- **").append(f.severity().id()).append("** ").append(Text.markdown(f.message()));
        md.append(" — `").append(f.id()).append("`");
        if (!f.where().isEmpty()) {
            md.append(", `").append(Text.markdown(f.where())).append('`');
        }
        md.append('\n');
    }
}
