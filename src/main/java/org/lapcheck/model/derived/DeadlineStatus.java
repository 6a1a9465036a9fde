package org.lapcheck.model.derived;

import java.time.LocalDate;
import org.lapcheck.model.Extension;

/**
 * Where an Article 3 or Article 4 deadline stands for a state party with work remaining, read once for both articles
 * (the two mechanisms are the same: a deadline in force, extensions granted by the states parties, a request made
 * before expiry). What the data can show decides the status; a rule never alleges more than its status says.
 *
 * @param pendingRequest the request submitted before the deadline and still awaiting its decision, or null
 */
public record DeadlineStatus(String iso3, int year, String article, LocalDate deadline, Status status, WorkRemaining remaining,
        Extension pendingRequest) implements PartyScoped {

    public enum Status {
        /** The deadline is still ahead of the assessment date. */
        AHEAD,
        /** It fell within or before the year the report covers, which still shows work remaining: the data show it missed. */
        MISSED,
        /** It passed after the period the report covers: the report cannot show whether it was met; ask where things stand. */
        PASSED_AFTER_REPORT,
        /** It passed while a request submitted before it awaits its decision (Art. 3.3, 4.6-4.7). */
        PASSED_PENDING
    }

    public static DeadlineStatus of(TreatyDeadline deadline, WorkRemaining remaining, LocalDate asOf) {
        LocalDate due = deadline.current();
        Extension pending = deadline.extensions().stream()
                .filter(e -> e.pending() && e.submitted() != null && !e.submitted().isAfter(due)).findFirst().orElse(null);
        Status status;
        if (due.isAfter(asOf)) {
            status = Status.AHEAD;
        } else if (pending != null) {
            status = Status.PASSED_PENDING;
        } else if (due.getYear() <= deadline.year()) {
            status = Status.MISSED;
        } else {
            status = Status.PASSED_AFTER_REPORT;
        }
        return new DeadlineStatus(deadline.iso3(), deadline.year(), deadline.article(), due, status, remaining, pending);
    }
}
