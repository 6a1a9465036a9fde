package org.lapcheck.model.derived;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * The early warning, read once for Articles 3 and 4: a deadline still ahead that the reported pace will not meet
 * (no progress at all included), with no request for extension pending, and the calendar reaching far enough to name
 * the last formal meeting that can decide a request in time.
 *
 * @param window   the last formal meeting before the deadline and the date a request must reach the states parties,
 *                 or null when the calendar does not reach far enough to name it
 * @param state    whether that date is still ahead (OPEN), has passed (CLOSED), the meeting's dates are only
 *                 projected (PROVISIONAL), or the calendar cannot say (BEYOND_CALENDAR)
 * @param notified the latest date the state told the states parties it may miss this deadline, after the decision
 *                 that set it; null when it has not
 */
public record DeadlineAtRisk(String iso3, int year, String article, TreatyDeadline deadline, Projection projection,
        ExtensionWindow window, WindowState state, LocalDate notified) implements PartyScoped {

    public enum WindowState { OPEN, CLOSED, PROVISIONAL, BEYOND_CALENDAR }

    /**
     * @param windows        the {@link ExtensionWindow} of this deadline, if the calendar holds a meeting before it
     * @param calendarReaches the calendar lists a formal meeting on or after the deadline
     */
    public static DeadlineAtRisk of(TreatyDeadline deadline, Projection projection, Collection<?> windows,
            boolean calendarReaches, LocalDate asOf, Collection<?> notices) {
        ExtensionWindow window = windows.stream().map(ExtensionWindow.class::cast).findFirst().orElse(null);
        // The last meeting before the deadline is known to be the last only when no meeting can come between it and
        // the deadline: the calendar lists one on or after the deadline, or the deadline falls within a year of it
        // (formal meetings are held once a year).
        if (window != null && !calendarReaches && !window.meeting().start().plusYears(1).isAfter(deadline.current())) {
            window = null;
        }
        WindowState state = window == null ? WindowState.BEYOND_CALENDAR
                : window.meeting().approximate() ? WindowState.PROVISIONAL
                : window.requestBy().isBefore(asOf) ? WindowState.CLOSED : WindowState.OPEN;
        LocalDate notified = notices.stream().filter(Objects::nonNull).map(LocalDate.class::cast)
                .filter(deadline::noticeCounts).max(LocalDate::compareTo).orElse(null);
        return new DeadlineAtRisk(deadline.iso3(), deadline.year(), deadline.article(), deadline, projection, window, state, notified);
    }

    public boolean progress() {
        return projection.progress();
    }
}
