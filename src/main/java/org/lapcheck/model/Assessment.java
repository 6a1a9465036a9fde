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
        List<Indicator> indicators,
        UseAccount useAccount) {

    public Assessment {
        statesAssessed = List.copyOf(statesAssessed);
        findings = List.copyOf(findings);
        indicators = List.copyOf(indicators);
        useAccount = useAccount == null ? UseAccount.NONE : useAccount;
    }

    /** Without an account of instances of use (no register). */
    public Assessment(LocalDate asOf, Provenance provenance, List<String> statesAssessed, List<Finding> findings,
            List<Indicator> indicators) {
        this(asOf, provenance, statesAssessed, findings, indicators, UseAccount.NONE);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public long countAcknowledged(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity && f.isAcknowledged()).count();
    }

    public long acknowledged() {
        return findings.stream().filter(Finding::isAcknowledged).count();
    }

    /** Whether a finding the machinery has not acknowledged is at or above {@code threshold} ({@code --fail-on}). */
    public boolean anyAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> !f.isAcknowledged() && f.severity().atLeast(threshold));
    }

    /** The same assessment with these findings (acknowledgements applied), in the same order. */
    public Assessment withFindings(List<Finding> replaced) {
        return new Assessment(asOf, provenance, statesAssessed, replaced, indicators, useAccount);
    }
}
