package org.lapcheck.findings;

import java.util.Locale;

/** How a finding stands against the previous assessment. */
public enum Change {
    NEW("new"), PERSISTING("unchanged"), RESOLVED("absent");

    private final String sarifBaselineState;

    Change(String sarifBaselineState) {
        this.sarifBaselineState = sarifBaselineState;
    }

    /** The lower-case name used in findings.json and findings.csv. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** SARIF 2.1.0 {@code result.baselineState}. */
    public String sarifBaselineState() {
        return sarifBaselineState;
    }
}
