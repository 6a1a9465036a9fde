package org.lapcheck.model;

import java.time.LocalDate;
import java.util.List;

/** Promotion of the convention and of its norm (LAP 10-11). */
public record Universalization(List<Promotion> promotion, List<Condemnation> condemnations) {

    public Universalization {
        promotion = promotion == null ? null : List.copyOf(promotion);
        condemnations = condemnations == null ? null : List.copyOf(condemnations);
    }

    /** {@code kind}: bilateral, regional or un. */
    public record Promotion(String target, String kind, LocalDate date) {}

    public record Condemnation(String of, LocalDate date, String forum) {}
}
