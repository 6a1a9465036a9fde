package org.lapcheck.model;

import java.time.LocalDate;
import java.util.List;

/** Article 4 survey and clearance of contaminated areas (LAP 18-25). Areas are in km². */
public record Clearance(
        Boolean contaminated,
        Double areaAtEntryIntoForceKm2,
        Double areaRemainingKm2,
        Release releasedInPeriod,
        Long submunitionsDestroyedInPeriod,
        LocalDate baselineSurveyCompleted,
        Boolean hazardousAreasMarked,
        Boolean nationalStrategy,
        List<WorkplanYear> workplan,
        LocalDate completed,
        LocalDate complianceDeclared,
        Boolean residualCapacity,
        List<Extension> extensions,
        Boolean nationalStandardsUpdated) {

    public Clearance {
        workplan = workplan == null ? List.of() : List.copyOf(workplan);
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
    }

    /** Land released in the period by any method, or null when no method is reported. */
    public Double releasedKm2() {
        return releasedInPeriod == null ? null : releasedInPeriod.total();
    }

    public record Release(Double cancelledKm2, Double reducedKm2, Double clearedKm2) {
        public Double total() {
            if (cancelledKm2 == null && reducedKm2 == null && clearedKm2 == null) {
                return null;
            }
            return nz(cancelledKm2) + nz(reducedKm2) + nz(clearedKm2);
        }

        private static double nz(Double d) {
            return d == null ? 0 : d;
        }
    }

    public record WorkplanYear(int index, Integer year, Double plannedKm2) {}
}
