package org.lapcheck.model.derived;


/**
 * LAP 44: no report covering {@code year} is on file, and the state's latest report before it showed Article 3 or 4
 * work under way, or retention, so the missing report is owed with particular urgency.
 */
public record ObligatedToReport(String iso3, int year, int shownIn, Applicability code) implements PartyScoped {}
