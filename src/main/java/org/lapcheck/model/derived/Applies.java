package org.lapcheck.model.derived;


/** An applicability code holds for a state in a reporting year. */
public record Applies(String iso3, int year, Applicability code) implements PartyScoped {}
