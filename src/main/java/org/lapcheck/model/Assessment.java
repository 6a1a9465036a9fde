package org.lapcheck.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of one assessment, and the one source every report format is rendered from (it is what
 * findings.json serialises).
 *
 * @param statesAssessed ISO3 codes of the states parties bound on the as-of date, in order
 */
public record Assessment(
        LocalDate asOf,
        Provenance provenance,
        List<String> statesAssessed,
        List<Finding> findings,
        List<Indicator> indicators) {

    public Assessment {
        statesAssessed = List.copyOf(statesAssessed);
        findings = List.copyOf(findings);
        indicators = List.copyOf(indicators);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean anyAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
