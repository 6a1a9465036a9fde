package org.lapcheck.model;

/** Risk reduction education under Article 4.2(e) (LAP 26-30). */
public record RiskEducation(
        Boolean conducted,
        Boolean inNationalPlan,
        Beneficiaries beneficiaries,
        Boolean emergencyWarnings) {

    public record Beneficiaries(Long women, Long men, Long girls, Long boys) {
        /** True when every group is reported, i.e. the figures are disaggregated by sex and age. */
        public boolean disaggregated() {
            return women != null && men != null && girls != null && boys != null;
        }
    }
}
