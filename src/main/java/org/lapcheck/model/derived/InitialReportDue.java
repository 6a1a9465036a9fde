package org.lapcheck.model.derived;

import java.time.LocalDate;

/** The initial transparency report is due 180 days after the state's entry into force (Art. 7.1). */
public record InitialReportDue(String iso3, LocalDate entryIntoForce, LocalDate due) implements PartyScoped {}
