package org.lapcheck.model;

/**
 * A fact about one state, named by its ISO 3166-1 alpha-3 code.
 *
 * <p>The getter is for Drools, which reads fact properties through bean getters and record accessors but does not
 * take the accessor {@code iso3()} for a property (its name ends in a digit). Without it, every {@code iso3 == $iso}
 * join and every {@code $iso : iso3} binding ran through interpreted MVEL: a fifth of the evaluation time of the
 * benchmark. With it they are plain field reads, and joins on the code are indexed.
 */
public interface StateFact {

    String iso3();

    default String getIso3() {
        return iso3();
    }
}
