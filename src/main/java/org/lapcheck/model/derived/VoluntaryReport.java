package org.lapcheck.model.derived;

import org.lapcheck.model.SelfReport;
import org.lapcheck.model.StateFact;

/**
 * A report covering a year in which the convention did not bind its state (a signatory's, or one from before entry
 * into force or after a withdrawal took effect): the complement of {@link PartyReport}, derived positively so that a
 * rule about voluntary reports never fires on a report whose {@code PartyReport} is simply not derived yet.
 *
 * @param unboundReason why the state was not bound that year, in words ("signatory", "before entry into force ...")
 */
public record VoluntaryReport(String iso3, int year, SelfReport report, String unboundReason) implements StateFact {}
