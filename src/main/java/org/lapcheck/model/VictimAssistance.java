package org.lapcheck.model;

import java.time.LocalDate;
import java.util.List;

/** Article 5 victim assistance (LAP 31-37). */
public record VictimAssistance(
        Boolean hasVictims,
        FocalPoint focalPoint,
        NationalPlan nationalPlan,
        List<String> casualtyDataDisaggregatedBy,
        Boolean survivorsInvolved,
        List<String> services,
        Boolean needsAssessed) {

    public VictimAssistance {
        casualtyDataDisaggregatedBy = casualtyDataDisaggregatedBy == null ? null : List.copyOf(casualtyDataDisaggregatedBy);
        services = services == null ? null : List.copyOf(services);
    }

    public record FocalPoint(Boolean designated, String institution, String name) {}

    public record NationalPlan(LocalDate adopted, LocalDate ends, Boolean budgeted) {}
}
