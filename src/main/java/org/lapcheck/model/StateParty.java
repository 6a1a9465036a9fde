package org.lapcheck.model;

import java.time.LocalDate;

/**
 * A state's relation to the convention, from the membership reference data. Despite the name it also holds
 * signatories and states that withdrew; {@link #boundOn(LocalDate)} says whether the convention binds it.
 *
 * @param status state_party, signatory or withdrawn
 * @param source the membership file and line this row came from
 */
public record StateParty(
        String iso3,
        String name,
        String status,
        LocalDate signed,
        LocalDate deposited,
        String instrument,
        LocalDate entryIntoForce,
        LocalDate withdrawalEffective,
        Evidence source) implements StateFact {

    /** Bound from its entry into force until the day its withdrawal takes effect (Art. 17, Art. 20). */
    public boolean boundOn(LocalDate date) {
        return entryIntoForce != null
                && !date.isBefore(entryIntoForce)
                && (withdrawalEffective == null || date.isBefore(withdrawalEffective));
    }
}
