package org.lapcheck.model;

import java.util.List;

/** Article 14 shares of meeting costs. */
public record Finance(Boolean assessedContributionsPaid, List<Integer> arrearsYears) {

    public Finance {
        arrearsYears = arrearsYears == null ? List.of() : List.copyOf(arrearsYears);
    }
}
