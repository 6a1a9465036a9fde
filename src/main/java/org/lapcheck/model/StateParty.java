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

    /**
     * Bound on at least one day of the calendar year: the period an annual report covers. A report on a year the
     * state was not bound in is voluntary.
     */
    public boolean boundDuring(int year) {
        return entryIntoForce != null
                && entryIntoForce.getYear() <= year
                && (withdrawalEffective == null || withdrawalEffective.isAfter(java.time.LocalDate.of(year, 1, 1)));
    }

    /**
     * Why the convention did not bind the state in {@code year}, in the words findings use (translated as values):
     * a signatory, not yet in force for it, or after its withdrawal took effect; null when it was bound.
     */
    public String unboundReason(int year) {
        if (boundDuring(year)) {
            return null;
        }
        if (withdrawalEffective != null && !withdrawalEffective.isAfter(java.time.LocalDate.of(year, 1, 1))) {
            return "after its withdrawal took effect";
        }
        if (entryIntoForce != null) {
            return "before the Convention entered into force for it";
        }
        return "signatory".equals(status) ? "a signatory, not yet a state party" : "not a state party";
    }
}
