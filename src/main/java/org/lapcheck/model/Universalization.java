package org.lapcheck.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Promotion of the convention and of its norm (LAP 10-11), and the state's responses to instances of use of cluster
 * munitions ({@code responses_to_use}, an extension).
 */
public record Universalization(List<Promotion> promotion, List<Condemnation> condemnations,
        List<ResponseToUse> responsesToUse) {

    public Universalization {
        promotion = promotion == null ? null : List.copyOf(promotion);
        condemnations = condemnations == null ? null : List.copyOf(condemnations);
        responsesToUse = responsesToUse == null ? null : List.copyOf(responsesToUse);
    }

    public Universalization(List<Promotion> promotion, List<Condemnation> condemnations) {
        this(promotion, condemnations, null);
    }

    /**
     * A response in the period to an instance of use: the register entry it answers ({@code instance}, an id of
     * use-register.yaml) or the state's own {@code description}; its date, {@code form} (national_statement,
     * joint_statement, meeting_statement, demarche, other) and {@code forum}. {@code index} is its place in the list.
     */
    public record ResponseToUse(String instance, String description, LocalDate date, String form, String forum,
            int index) {}

    /** {@code kind}: bilateral, regional or un. */
    public record Promotion(String target, String kind, LocalDate date) {}

    public record Condemnation(String of, LocalDate date, String forum) {}
}
