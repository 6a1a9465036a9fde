package org.lapcheck.model;

/** A count of cluster munitions and of the explosive submunitions they contain; either may be unreported (null). */
public record Quantity(Long munitions, Long submunitions) {

    /** True when at least one count is reported and above zero. */
    public boolean positive() {
        return (munitions != null && munitions > 0) || (submunitions != null && submunitions > 0);
    }

    /** True when both counts are reported as zero, or one is zero and the other unreported. */
    public boolean zero() {
        return !positive() && (munitions != null || submunitions != null);
    }
}
