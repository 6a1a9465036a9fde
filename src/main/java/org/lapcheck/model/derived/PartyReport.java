package org.lapcheck.model.derived;

import org.lapcheck.model.SelfReport;

/**
 * A report of a state party: the state was bound on at least one day of the calendar year the report covers
 * (after entry into force, before a withdrawal took effect). A report from a signatory or a state not yet party is
 * voluntary: it is acknowledged, never judged against Articles 3, 4 or 7.
 */
public record PartyReport(String iso3, int year, SelfReport report) implements PartyScoped {}
