package org.lapcheck.report;

import org.lapcheck.findings.FindingsJson;
import org.lapcheck.findings.Json;
import org.lapcheck.findings.Change;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lapcheck.model.Evidence;
import org.lapcheck.model.Finding;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Severity;

/**
 * findings.sarif (SARIF 2.1.0), so a state can check its self-report in CI and see each finding on the YAML line it
 * is about. Rules come from the findings' own metadata; the stable finding id is the partial fingerprint; with a
 * previous assessment each result has a {@code baselineState}, and resolved findings are listed as passing
 * results with state {@code absent}. Positive findings are passing results too (kind {@code pass}).
 */
public final class SarifRenderer implements ViewRenderer {

    public static final String FILE = "findings.sarif";
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The convention's site, until lapcheck has a public home of its own. */
    static final String INFORMATION_URI = "https://www.clusterconvention.org/";
    static final String FINGERPRINT = "lapcheckFindingId/v1";
    static final String SOURCE_ROOT = "%SRCROOT%";


    @Override
    public void render(ReportView view, ReportSink out) throws IOException {
        // about 1,800 characters a result, as measured on the bench's reports
        out.put(FILE, Json.text(log(view), 1900L * (view.assessment.findings().size() + view.diff.resolved().size())));
    }

    private static Map<String, Object> log(ReportView view) {
        List<Finding> all = new ArrayList<>(view.assessment.findings());
        all.addAll(view.diff.resolved());
        TreeMap<String, Finding> byRule = new TreeMap<>();
        all.forEach(f -> byRule.putIfAbsent(f.ruleId(), f));
        List<String> ruleIds = List.copyOf(byRule.keySet());

        Map<String, Object> driver = FindingsJson.map("name", "lapcheck", "version", view.assessment.provenance().toolVersion(),
                "informationUri", INFORMATION_URI,
                "rules", byRule.values().stream().map(f -> rule(view, f)).toList());
        List<Map<String, Object>> results = new ArrayList<>();
        view.assessment.findings().forEach(f -> results.add(result(view, f, ruleIds, view.diff.of(f))));
        view.diff.resolved().forEach(f -> results.add(result(view, f, ruleIds, Change.RESOLVED)));

        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", FindingsJson.map("driver", driver));
        run.put("automationDetails", FindingsJson.map("id", "lapcheck/" + view.assessment.asOf() + "/"));
        run.put("language", view.labels.language());
        run.put("originalUriBaseIds", FindingsJson.map(SOURCE_ROOT,
                FindingsJson.map("description", FindingsJson.map("text", view.labels.get("sarif.srcroot")))));
        run.put("artifacts", view.assessment.provenance().inputs().stream()
                .map(i -> FindingsJson.map("location", artifactLocation(i.file()), "hashes",
                        FindingsJson.map("sha-256", i.sha256())))
                .toList());
        run.put("results", results);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("as_of", view.assessment.asOf().toString());
        properties.put("ruleset", FindingsJson.map("sha256", view.assessment.provenance().rulesetSha256(),
                "rules", view.assessment.provenance().rules(), "actions_covered", view.assessment.provenance().actionsCovered()));
        properties.put("states_assessed", view.assessment.statesAssessed().size());
        if (view.diff.present()) {
            properties.put("compared_with", view.diff.previousAsOf().toString());
        }
        List<String> untranslated = view.untranslated();
        if (!untranslated.isEmpty()) {
            properties.put("untranslated_rules", untranslated);
        }
        run.put("properties", properties);

        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return log;
    }

    private static Map<String, Object> rule(ReportView view, Finding f) {
        String title = view.rules.title(f);
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", f.ruleId());
        rule.put("name", title);
        rule.put("shortDescription", FindingsJson.map("text", title));
        rule.put("defaultConfiguration", FindingsJson.map("level", level(f.severity())));
        rule.put("properties", FindingsJson.map("actions", f.actions(), "article", f.article(), "area", f.area(),
                "severity", f.severity().id(), "kind", f.kind().id()));
        return rule;
    }

    private static Map<String, Object> result(ReportView view, Finding f, List<String> ruleIds, Change change) {
        boolean passing = f.kind() == FindingKind.POSITIVE || change == Change.RESOLVED;
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ruleId", f.ruleId());
        r.put("ruleIndex", ruleIds.indexOf(f.ruleId()));
        r.put("kind", passing ? "pass" : "fail");
        r.put("level", passing ? "none" : level(f.severity()));
        r.put("message", FindingsJson.map("text", view.rules.message(f)));
        if (!f.evidence().isEmpty()) {
            r.put("locations", List.of(location(f.evidence().get(0))));
        }
        if (f.evidence().size() > 1) {
            List<Map<String, Object>> related = new ArrayList<>();
            for (int i = 1; i < f.evidence().size(); i++) {
                Map<String, Object> l = location(f.evidence().get(i));
                l.put("id", i);
                related.add(l);
            }
            r.put("relatedLocations", related);
        }
        r.put("partialFingerprints", FindingsJson.map(FINGERPRINT, f.id()));
        if (change != null) {
            r.put("baselineState", change.sarifBaselineState());
        }
        if (f.isAcknowledged() && change != Change.RESOLVED) {
            // SARIF's own way: the result stays, marked as suppressed outside the tool, with the machinery's reason
            r.put("suppressions", List.of(FindingsJson.map("kind", "external", "status", "accepted",
                    "justification", view.acknowledgement(f))));
        }
        r.put("properties", FindingsJson.map("findingId", f.id(), "state", f.state(), "year", f.year(),
                "action", f.action(), "severity", f.severity().id(), "kind", f.kind().id(), "area", f.area(),
                "expected", view.rules.expected(f), "actual", view.rules.actual(f), "recipients", f.recipients()));
        return r;
    }

    /** critical/high → error, medium/low → warning, info → note. */
    static String level(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM, LOW -> "warning";
            case INFO -> "note";
        };
    }

    private static Map<String, Object> location(Evidence e) {
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", artifactLocation(e.file()));
        if (e.line() != null && e.line() > 0) {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", e.line());
            if (e.column() != null && e.column() > 0) {
                region.put("startColumn", e.column());
            }
            physical.put("region", region);
        }
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("physicalLocation", physical);
        if (e.path() != null && !e.path().isBlank()) {
            location.put("logicalLocations", List.of(FindingsJson.map("fullyQualifiedName", e.path(), "kind", "property")));
        }
        return location;
    }

    private static Map<String, Object> artifactLocation(String file) {
        String f = file == null ? "" : file.replace('\\', '/');
        if (f.startsWith("/")) {
            return FindingsJson.map("uri", "file://" + encode(f));
        }
        if (f.matches("[A-Za-z]:/.*")) {
            return FindingsJson.map("uri", "file:///" + f.substring(0, 2) + encode(f.substring(2)));
        }
        return FindingsJson.map("uri", encode(f), "uriBaseId", SOURCE_ROOT);
    }

    /** Percent-encodes a relative path for a URI, keeping its slashes. */
    static String encode(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
