package org.lapcheck.model;

import java.time.LocalDate;

/**
 * A formal meeting of the convention, from the calendar reference data.
 *
 * @param id          short name, e.g. {@code 11MSP}, {@code 2RC}, {@code IM-2025}
 * @param approximate true when the dates are not established from a source (e.g. a month only)
 */
public record Meeting(
        String id,
        Kind kind,
        String name,
        LocalDate start,
        LocalDate end,
        String place,
        boolean approximate,
        String source,
        Evidence evidence) {

    public enum Kind {
        MEETING_OF_STATES_PARTIES, REVIEW_CONFERENCE, INTERSESSIONAL, PREPARATORY;

        /** True for meetings that take decisions (extension requests, declarations of compliance). */
        public boolean formal() {
            return this == MEETING_OF_STATES_PARTIES || this == REVIEW_CONFERENCE;
        }
    }

    public boolean formal() {
        return kind.formal();
    }
}
