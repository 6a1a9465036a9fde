package org.lapcheck.model.derived;

/**
 * LAP 44: the state's latest report before {@code year} showed Article 3 or 4 work under way, or retention, so a
 * report covering {@code year} is owed with particular urgency.
 */
public record ObligatedToReport(String iso3, int year, int shownIn, Applicability code) {}
