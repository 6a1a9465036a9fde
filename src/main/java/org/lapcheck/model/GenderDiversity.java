package org.lapcheck.model;

/** Gender and diversity mainstreaming, a cross-cutting LAP commitment. */
public record GenderDiversity(Boolean policy, Boolean dataDisaggregated, Delegation delegation) {

    public record Delegation(Long women, Long men) {}
}
