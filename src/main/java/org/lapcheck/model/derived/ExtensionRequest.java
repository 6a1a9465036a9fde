package org.lapcheck.model.derived;

import java.time.LocalDate;
import org.lapcheck.model.Extension;

/**
 * A request for extension of an Article 3 or 4 deadline, read against the treaty once for both articles: the
 * deadline in force on the day it was submitted (the one it would extend), the longest date one extension may reach
 * (four years under Art. 3.3, five under Art. 4.5), and whether its decision falls inside the inputs' window, which is
 * where its timing is judged (an old decision is history, not a current gap).
 *
 * @param inForce  the deadline in force when it was submitted, or null when no submission date is reported
 * @param cap      {@code inForce} plus the longest period one extension may add, or null
 * @param judged   pending, or decided on or after the start of the inputs' window
 */
public record ExtensionRequest(String iso3, int year, String article, Extension extension, LocalDate inForce, LocalDate cap,
        boolean judged) implements PartyScoped {

    public static ExtensionRequest of(TreatyDeadline deadline, Extension e, LocalDate windowStart) {
        LocalDate inForce = e.submitted() == null ? null : deadline.inForceOn(e.submitted(), e);
        LocalDate cap = inForce == null ? null : inForce.plusYears(deadline.extensionCapYears());
        boolean judged = e.pending() || !e.decided().isBefore(windowStart);
        return new ExtensionRequest(deadline.iso3(), deadline.year(), deadline.article(), e, inForce, cap, judged);
    }

    /** Submitted after the deadline then in force had expired (Art. 4.6: "prior to the expiry"). */
    public boolean afterExpiry() {
        return inForce != null && extension.submitted().isAfter(inForce);
    }

    /** Asks for more than one extension may give. */
    public boolean beyondCap() {
        return cap != null && extension.requestedUntil() != null && extension.requestedUntil().isAfter(cap);
    }
}
