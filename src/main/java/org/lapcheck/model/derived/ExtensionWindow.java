package org.lapcheck.model.derived;

import java.time.LocalDate;
import org.lapcheck.model.Meeting;

/**
 * The last chance to extend a deadline: the last formal meeting before it, and the date a request must reach the
 * states parties — nine months before that meeting (Art. 3.5 and 4.6 read with the 8MSP guidelines).
 */
public record ExtensionWindow(String iso3, int year, String article, LocalDate deadline, Meeting meeting, LocalDate requestBy) implements PartyScoped {

    /** Requests are submitted at least nine months before the meeting that decides them. */
    public static LocalDate requestBy(Meeting meeting) {
        return meeting.start().minusMonths(9);
    }
}
