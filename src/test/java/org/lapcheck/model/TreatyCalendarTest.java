package org.lapcheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lapcheck.TestProject;
import org.lapcheck.model.derived.AsOf;
import org.lapcheck.model.derived.DeadlineStatus;
import org.lapcheck.model.derived.ExtensionRequest;
import org.lapcheck.model.derived.ExtensionWindow;
import org.lapcheck.model.derived.Projection;
import org.lapcheck.model.derived.TreatyDeadline;
import org.lapcheck.model.derived.WorkRemaining;
import org.lapcheck.submission.reference.ReferenceDataLoader;

/**
 * The treaty's calendar, checked against the depositary record in inputs/reference/membership.csv: entry into force
 * (Art. 17), the initial and annual reports (Art. 7), the Article 3 and 4 deadlines, the extension caps and the
 * nine-month rule, and the pace projection's saturation.
 */
class TreatyCalendarTest {

    private static List<StateParty> parties;

    @BeforeAll
    static void load() throws Exception {
        parties = ReferenceDataLoader.load(TestProject.inputs(), TestProject.home()).membership().stream()
                .filter(s -> s.deposited() != null).sorted(Comparator.comparing(StateParty::deposited)).toList();
    }

    /** Art. 17.1-17.2: the first day of the sixth month after the thirtieth deposit, or after the state's own later. */
    private static LocalDate entryIntoForce(int rank, LocalDate deposited, LocalDate thirtieth) {
        LocalDate basis = rank < 30 ? thirtieth : deposited;
        return basis.withDayOfMonth(1).plusMonths(6);
    }

    @Test
    void everyEntryIntoForceInTheDepositaryRecordFollowsArticle17() {
        LocalDate thirtieth = parties.get(29).deposited();
        assertThat(thirtieth).as("the thirtieth deposit (Burkina Faso, 16 February 2010)").isEqualTo(LocalDate.of(2010, 2, 16));
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            StateParty s = parties.get(i);
            LocalDate expected = entryIntoForce(i, s.deposited(), thirtieth);
            if (!expected.equals(s.entryIntoForce())) {
                wrong.add(s.iso3() + " deposited " + s.deposited() + ": " + s.entryIntoForce() + ", expected " + expected);
            }
        }
        assertThat(parties).hasSizeGreaterThan(100);
        assertThat(parties.subList(0, 30)).allMatch(s -> s.entryIntoForce().equals(LocalDate.of(2010, 8, 1)));
        assertThat(wrong).isEmpty();
    }

    @Test
    void initialReportsAreDue180DaysAfterEntryIntoForceAcrossLeapYears() {
        // 180 days from 1 March in a leap year and in a common year land on different days of August.
        assertThat(LocalDate.of(2024, 3, 1).plusDays(180)).isEqualTo(LocalDate.of(2024, 8, 28));
        assertThat(LocalDate.of(2023, 3, 1).plusDays(180)).isEqualTo(LocalDate.of(2023, 8, 28));
        assertThat(LocalDate.of(2010, 8, 1).plusDays(180)).isEqualTo(LocalDate.of(2011, 1, 28));
        assertThat(LocalDate.of(2023, 12, 1).plusDays(180)).isEqualTo(LocalDate.of(2024, 5, 29));
    }

    @Test
    void annualReportsAreDueOn30AprilAndTheCycleYearTurnsTheDayAfter() {
        assertThat(AsOf.annualReportDue(2024)).isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(AsOf.cycleYearOf(LocalDate.of(2025, 4, 30))).isEqualTo(2024);
        assertThat(AsOf.cycleYearOf(LocalDate.of(2025, 4, 29))).isEqualTo(2023);
        assertThat(AsOf.cycleYearOf(LocalDate.of(2024, 2, 29))).isEqualTo(2022);
    }

    @Test
    void article3GivesEightYearsAndArticle4TenFromEntryIntoForce() {
        StateParty gnb = party("GNB");
        StateParty lao = party("LAO");
        assertThat(TreatyDeadline.of("GNB", 2018, TreatyDeadline.STOCKPILE, gnb.entryIntoForce().plusYears(8), List.of()).current())
                .isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(TreatyDeadline.of("LAO", 2019, TreatyDeadline.CLEARANCE, lao.entryIntoForce().plusYears(10), List.of()).current())
                .isEqualTo(LocalDate.of(2020, 8, 1));
        // A deadline from a 29 February entry into force falls on 28 February of a common year.
        assertThat(LocalDate.of(2012, 2, 29).plusYears(10)).isEqualTo(LocalDate.of(2022, 2, 28));
    }

    @Test
    void extensionCapsAreFourYearsUnderArticle3AndFiveUnderArticle4FromTheDeadlineInForceOnSubmission() {
        Extension first = new Extension(0, LocalDate.of(2019, 11, 1), LocalDate.of(2025, 8, 1), LocalDate.of(2020, 11, 25),
                LocalDate.of(2025, 8, 1), "2CSP", null, true, null);
        Extension second = new Extension(1, LocalDate.of(2024, 12, 1), LocalDate.of(2031, 8, 1), null, null, null, "14MSP", true, null);
        TreatyDeadline art4 = TreatyDeadline.of("LAO", 2024, TreatyDeadline.CLEARANCE, LocalDate.of(2020, 8, 1), List.of(first, second));
        ExtensionRequest r = ExtensionRequest.of(art4, second, LocalDate.of(2024, 1, 1));
        assertThat(r.inForce()).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(r.cap()).isEqualTo(LocalDate.of(2030, 8, 1));
        assertThat(r.beyondCap()).isTrue();
        assertThat(r.judged()).isTrue();
        TreatyDeadline art3 = TreatyDeadline.of("GNB", 2018, TreatyDeadline.STOCKPILE, LocalDate.of(2019, 5, 1), List.of(first));
        assertThat(ExtensionRequest.of(art3, first, LocalDate.of(2018, 1, 1)).cap()).isEqualTo(LocalDate.of(2023, 5, 1));
        // A decision before the inputs' window is history: its timing and cap are not judged again.
        assertThat(ExtensionRequest.of(art4, first, LocalDate.of(2024, 1, 1)).judged()).isFalse();
    }

    @Test
    void aRequestIsDueNineMonthsBeforeTheMeetingThatConsidersIt() {
        Meeting msp = new Meeting("12MSP", Meeting.Kind.MEETING_OF_STATES_PARTIES, "Twelfth Meeting of States Parties",
                LocalDate.of(2024, 9, 10), LocalDate.of(2024, 9, 13), "Geneva", false, null, null);
        assertThat(ExtensionWindow.requestBy(msp)).isEqualTo(LocalDate.of(2023, 12, 10));
        Meeting endOfMay = new Meeting("X", Meeting.Kind.REVIEW_CONFERENCE, "x", LocalDate.of(2025, 11, 30),
                LocalDate.of(2025, 11, 30), "x", false, null, null);
        assertThat(ExtensionWindow.requestBy(endOfMay)).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void aDeadlineThatFellAfterTheReportsPeriodIsNeverCalledMissed() {
        TreatyDeadline d = TreatyDeadline.of("GNB", 2018, TreatyDeadline.STOCKPILE, LocalDate.of(2019, 5, 1), List.of());
        WorkRemaining left = new WorkRemaining("GNB", 2018, "3", "8 / 1176", "stockpile.remaining");
        assertThat(DeadlineStatus.of(d, left, LocalDate.of(2020, 6, 1)).status()).isEqualTo(DeadlineStatus.Status.PASSED_AFTER_REPORT);
        assertThat(DeadlineStatus.of(d, left, LocalDate.of(2019, 4, 1)).status()).isEqualTo(DeadlineStatus.Status.AHEAD);
        TreatyDeadline within = TreatyDeadline.of("GNB", 2019, TreatyDeadline.STOCKPILE, LocalDate.of(2019, 5, 1), List.of());
        assertThat(DeadlineStatus.of(within, left, LocalDate.of(2020, 6, 1)).status()).isEqualTo(DeadlineStatus.Status.MISSED);
        Extension pending = new Extension(0, LocalDate.of(2019, 3, 1), LocalDate.of(2022, 5, 1), null, null, null, "10MSP", true, null);
        TreatyDeadline withRequest = TreatyDeadline.of("GNB", 2019, TreatyDeadline.STOCKPILE, LocalDate.of(2019, 5, 1), List.of(pending));
        assertThat(DeadlineStatus.of(withRequest, left, LocalDate.of(2020, 6, 1)).status()).isEqualTo(DeadlineStatus.Status.PASSED_PENDING);
    }

    @Test
    void projectionsSaturateInsteadOfOverflowing() {
        LocalDate from = LocalDate.of(2025, 12, 31);
        Projection huge = Projection.of("X", 2025, "4", 5000, 0.000001, from, LocalDate.of(2030, 1, 1));
        assertThat(huge.projectedCompletion()).isNull();
        assertThat(huge.behind()).isTrue();
        assertThat(huge.yearsText()).isEqualTo("more than a century");
        assertThat(huge.projectedText()).isEqualTo("not within a century at this pace");
        Projection none = Projection.of("X", 2025, "3", 4e11, 0, from, LocalDate.of(2030, 1, 1));
        assertThat(none.progress()).isFalse();
        assertThat(none.projectedText()).isEqualTo("none at this pace: no progress reported");
        Projection fine = Projection.of("X", 2025, "4", 10, 5, from, LocalDate.of(2030, 1, 1));
        assertThat(fine.projectedCompletion()).isEqualTo(LocalDate.of(2028, 1, 1)); // 2 years of 365.25 days, rounded up
        assertThat(fine.behind()).isFalse();
    }

    private static StateParty party(String iso3) {
        return parties.stream().filter(s -> s.iso3().equals(iso3)).findFirst().orElseThrow();
    }
}
