package org.lapcheck.model;

import java.time.LocalDate;
import java.util.List;

/** Munitions and submunitions retained or transferred under Article 3.6-3.8 (LAP 14-15). */
public record Retention(
        Long munitions,
        Long submunitions,
        String purpose,
        Quantity usedInPeriod,
        String plannedUse,
        List<Transfer> transfers) {

    public Retention {
        transfers = transfers == null ? List.of() : List.copyOf(transfers);
    }

    /** The RETAINING applicability: some quantity is reported above zero. */
    public boolean retaining() {
        return (munitions != null && munitions > 0) || (submunitions != null && submunitions > 0);
    }

    public record Transfer(String to, Long munitions, Long submunitions, LocalDate date) {}
}
