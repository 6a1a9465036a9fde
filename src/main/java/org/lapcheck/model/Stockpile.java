package org.lapcheck.model;

import java.time.LocalDate;
import java.util.List;

/** Article 3 stockpile destruction (LAP 12-13, 16-17). */
public record Stockpile(
        Boolean held,
        Quantity atEntryIntoForce,
        Quantity destroyedInPeriod,
        Quantity destroyedToDate,
        Quantity remaining,
        Plan plan,
        LocalDate completed,
        LocalDate complianceDeclared,
        List<Discovery> discoveredAfterCompletion,
        List<Extension> extensions,
        Boolean methodsMeetStandards) {

    public Stockpile {
        discoveredAfterCompletion = discoveredAfterCompletion == null ? List.of() : List.copyOf(discoveredAfterCompletion);
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
    }

    public record Plan(Boolean exists, Quantity annualTarget) {}

    public record Discovery(int index, LocalDate found, Long munitions, Long submunitions, Boolean destructionPlanned) {}
}
