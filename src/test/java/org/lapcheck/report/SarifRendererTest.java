package org.lapcheck.report;

import org.lapcheck.findings.Json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lapcheck.model.Severity;

class SarifRendererTest {

    @ParameterizedTest
    @CsvSource({"CRITICAL,error", "HIGH,error", "MEDIUM,warning", "LOW,warning", "INFO,note"})
    void mapsSeverityToLevel(Severity severity, String level) {
        assertThat(SarifRenderer.level(severity)).isEqualTo(level);
    }

    @Test
    void isASarif210LogWithTheRulesTheResultsName() {
        Map<String, Object> log = log(Fixtures.context());
        assertThat(log).containsEntry("version", "2.1.0").containsEntry("$schema", SarifRenderer.SCHEMA);
        Map<String, Object> run = map(list(log.get("runs")).get(0));
        Map<String, Object> driver = map(map(run.get("tool")).get("driver"));
        assertThat(driver).containsEntry("name", "lapcheck").containsEntry("version", "0.1.0").containsKey("informationUri");
        List<String> ruleIds = list(driver.get("rules")).stream().map(r -> (String) map(r).get("id")).toList();
        assertThat(ruleIds).doesNotHaveDuplicates().isSorted();
        Map<String, Object> lateRule = map(list(driver.get("rules")).get(ruleIds.indexOf("T-ANNUAL-OVERDUE-OBLIGATED")));
        assertThat(map(lateRule.get("shortDescription"))).containsKey("text");
        assertThat(map(lateRule.get("properties"))).containsEntry("actions", List.of(44L, 43L))
                .containsEntry("article", "Art. 7.2").containsEntry("area", "transparency");
        for (Object o : list(run.get("results"))) {
            Map<String, Object> r = map(o);
            assertThat(ruleIds.get(((Number) r.get("ruleIndex")).intValue())).isEqualTo(r.get("ruleId"));
            assertThat(map(r.get("message"))).containsKey("text");
            assertThat(map(r.get("partialFingerprints"))).containsKey(SarifRenderer.FINGERPRINT);
        }
    }

    @Test
    void pointsAtTheYamlLineAndColumn() {
        Map<String, Object> late = result(log(Fixtures.context()), "T-ANNUAL-LATE:DEU:2025");
        assertThat(late).containsEntry("level", "warning").containsEntry("kind", "fail");
        Map<String, Object> physical = map(map(list(late.get("locations")).get(0)).get("physicalLocation"));
        assertThat(map(physical.get("artifactLocation"))).containsEntry("uri", "inputs/submissions/2025/DEU.yaml")
                .containsEntry("uriBaseId", "%SRCROOT%");
        assertThat(map(physical.get("region"))).containsEntry("startLine", 7L).containsEntry("startColumn", 14L);
        Map<String, Object> unknownLine = result(log(Fixtures.context()), "T-SUPPORT:DEU:2025");
        assertThat(map(map(list(unknownLine.get("locations")).get(0)).get("physicalLocation"))).doesNotContainKey("region");
    }

    @Test
    void marksTheBaselineStateAndListsResolvedFindingsAsAbsentPasses() {
        Map<String, Object> log = log(Fixtures.context());
        assertThat(result(log, "T-INIT-OVERDUE:NGA")).containsEntry("baselineState", "unchanged");
        assertThat(result(log, "VA-FOCAL:ATL:2025")).containsEntry("baselineState", "new");
        assertThat(result(log, "T-SUBMISSION-DATE-NOT-REPORTED:FRA:2025")).containsEntry("baselineState", "absent")
                .containsEntry("kind", "pass").containsEntry("level", "none");
        assertThat(result(log(Fixtures.firstRun()), "T-INIT-OVERDUE:NGA")).doesNotContainKey("baselineState");
    }

    @Test
    void recordsTheHashesOfEveryInput() {
        Map<String, Object> run = map(list(log(Fixtures.context()).get("runs")).get(0));
        assertThat(list(run.get("artifacts"))).hasSize(Fixtures.provenance().inputs().size());
        assertThat(map(map(list(run.get("artifacts")).get(0)).get("hashes"))).containsKey("sha-256");
        assertThat(map(run.get("properties"))).containsEntry("as_of", "2026-11-29");
    }

    @Test
    void encodesPathsAsUris() {
        assertThat(SarifRenderer.encode("inputs/sub missions/é.yaml")).isEqualTo("inputs/sub%20missions/%C3%A9.yaml");
    }

    private static Map<String, Object> result(Map<String, Object> log, String findingId) {
        Map<String, Object> run = map(list(log.get("runs")).get(0));
        return list(run.get("results")).stream().map(SarifRendererTest::map)
                .filter(r -> findingId.equals(map(r.get("partialFingerprints")).get(SarifRenderer.FINGERPRINT)))
                .findFirst().orElseThrow();
    }

    private static Map<String, Object> log(ReportContext context) {
        return map(Json.parse(new String(new SarifRenderer().render(context).get(SarifRenderer.FILE), StandardCharsets.UTF_8)));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    static List<?> list(Object o) {
        return (List<?>) o;
    }
}
