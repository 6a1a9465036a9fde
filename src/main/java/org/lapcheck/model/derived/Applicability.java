package org.lapcheck.model.derived;

/**
 * Who a commitment applies to, as the domain reference defines the codes. Derived per state and reporting
 * year from what the report says; a report that does not say leaves the code underived (not reported).
 */
public enum Applicability {
    /** Every state party. */
    ALL,
    /** Holds cluster munitions still to destroy under Article 3 (including stocks found after completion). */
    STOCKPILE,
    /** Retains or transfers cluster munitions under Article 3.6-3.8. */
    RETAINING,
    /** Has cluster munition remnants in areas under its jurisdiction or control (Article 4). */
    AFFECTED,
    /** Has cluster munition victims in areas under its jurisdiction or control (Article 5). */
    VICTIMS,
    /** Provides international assistance (Article 6.2-6.9). */
    ASSISTING,
    /** Seeks or receives assistance (Article 6.1). */
    SEEKING,
    /** Has no adequate national implementation law yet (Article 9). */
    NO_LAW
}
