package org.lapcheck.model;

import java.util.List;

/** Article 6 international cooperation and assistance (LAP 38-42). */
public record Cooperation(
        Boolean seekingAssistance,
        Boolean needsStated,
        Boolean providingAssistance,
        List<Provided> provided,
        List<Received> received,
        Boolean resourceMobilisationPlan,
        Boolean countryCoalition) {

    public Cooperation {
        provided = provided == null ? null : List.copyOf(provided);
        received = received == null ? null : List.copyOf(received);
    }

    public record Provided(String recipient, String purpose, Double amountUsd, Integer year) {}

    public record Received(String donor, String purpose, Double amountUsd, Integer year) {}
}
