package org.lapcheck.model.derived;

import java.time.LocalDate;

/** An annual transparency report covering {@code year} is owed by {@code due} (30 April of the next year, Art. 7.2). */
public record AnnualReportDue(String iso3, int year, LocalDate due) implements PartyScoped {}
