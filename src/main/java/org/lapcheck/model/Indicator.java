package org.lapcheck.model;

/** For one LAP action: how many states it applies to and how many of those meet it. */
public record Indicator(int action, int applicable, int met) {

    /** Share of applicable states that meet the action, 0..1; 0 when it applies to none. */
    public double share() {
        return applicable == 0 ? 0 : (double) met / applicable;
    }
}
