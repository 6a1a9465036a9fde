package org.lapcheck.model;

import java.util.List;

/**
 * One office of the convention's machinery, from the machinery reference data: a presidency of the troika, a
 * thematic coordinator, a gender focal point or the ISU.
 *
 * @param role      president, president_outgoing, president_designate, coordinator, gender_focal_point, isu
 * @param area      for coordinators: the thematic area (transparency, clearance, ...); otherwise null
 * @param holder    the state (ISO3) or body holding the office
 * @param email     where mail for this office goes; null when not known
 * @param language  preferred language of correspondence (en, fr, es), or null
 * @param mandates  what the office is responsible for beyond its area (compliance, early_warning, ...)
 */
public record Officeholder(
        String role,
        String area,
        String holder,
        String email,
        String language,
        List<String> mandates,
        Evidence evidence) {

    public Officeholder {
        mandates = mandates == null ? List.of() : List.copyOf(mandates);
    }
}
