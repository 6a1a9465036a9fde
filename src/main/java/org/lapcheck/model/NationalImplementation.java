package org.lapcheck.model;

import java.time.LocalDate;
import java.util.List;

/** Article 9 measures (LAP 47-49). {@code status}: dedicated_law, existing_law_sufficient, in_progress, none. */
public record NationalImplementation(
        String status,
        Boolean penalSanctions,
        Boolean investmentProhibited,
        List<Measure> measures,
        Boolean assistanceRequested) {

    public NationalImplementation {
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    /** Status values that mean the law is not (yet) adequate: the NO_LAW applicability. */
    public boolean withoutAdequateLaw() {
        return "in_progress".equals(status) || "none".equals(status);
    }

    public record Measure(String title, LocalDate adopted) {}
}
