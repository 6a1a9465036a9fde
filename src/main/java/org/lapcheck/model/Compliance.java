package org.lapcheck.model;

import java.time.LocalDate;
import java.util.List;

/** Article 8 and the LAP's measures to ensure compliance. */
public record Compliance(LocalDate deadlineRiskNotified, List<ClarificationRequest> clarificationRequests) {

    public Compliance {
        clarificationRequests = clarificationRequests == null ? List.of() : List.copyOf(clarificationRequests);
    }

    public record ClarificationRequest(int index, LocalDate received, LocalDate answered) {}
}
