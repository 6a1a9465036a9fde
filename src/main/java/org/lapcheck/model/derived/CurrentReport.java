package org.lapcheck.model.derived;

import org.lapcheck.model.SelfReport;

/**
 * The current report of a state party: its most recent {@link PartyReport}, which gives the present picture of its
 * obligations (earlier reports serve for trends only). Finding rules about what a state does now match this.
 */
public record CurrentReport(String iso3, int year, SelfReport report) implements PartyScoped {}
