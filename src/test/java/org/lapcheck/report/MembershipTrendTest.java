package org.lapcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.lapcheck.model.StateParty;

class MembershipTrendTest {

    @Test
    void atThe2020PaceTheGoalOf130ComesAround2030() {
        TreeMap<Integer, Integer> until2020 = new TreeMap<>(Fixtures.partiesPerYear().headMap(2021));
        MembershipTrend.Projection p = MembershipTrend.project(until2020);
        assertThat(p.slope()).isBetween(2.0, 2.2);
        assertThat(p.reachedIn()).isBetween(2030, 2031);
    }

    @Test
    void atTheRecentPaceTheGoalRecedesDecades() {
        MembershipTrend.Projection p = MembershipTrend.project(Fixtures.partiesPerYear());
        assertThat(p.firstYear()).isEqualTo(2022);
        assertThat(p.slope()).isBetween(0.3, 0.5);
        assertThat(p.reachedIn()).isGreaterThan(2060);
    }

    @Test
    void aFlatOrFallingPaceNeverReachesTheGoal() {
        TreeMap<Integer, Integer> flat = new TreeMap<>(java.util.Map.of(2022, 112, 2023, 112, 2024, 111));
        assertThat(MembershipTrend.project(flat).reachedIn()).isNull();
        assertThat(MembershipTrend.project(new TreeMap<>(java.util.Map.of(2024, 112)))).isNull();
    }

    @Test
    void countsStatesBoundAtEachYearsEndAndOnTheAsOfDate() {
        List<StateParty> membership = List.of(
                party("AAA", LocalDate.of(2010, 8, 1), null),
                party("BBB", LocalDate.of(2011, 3, 1), LocalDate.of(2025, 3, 6)),
                party("CCC", LocalDate.of(2026, 3, 1), null),
                new StateParty("DDD", "Signatory", "signatory", null, null, null, null, null, null));
        assertThat(MembershipTrend.partiesPerYear(membership, LocalDate.of(2026, 2, 1)))
                .containsEntry(2010, 1).containsEntry(2011, 2).containsEntry(2024, 2).containsEntry(2025, 1)
                .containsEntry(2026, 1).hasSize(17);
    }

    private static StateParty party(String iso3, LocalDate eif, LocalDate withdrawal) {
        return new StateParty(iso3, iso3, withdrawal == null ? "state_party" : "withdrawn", null, null, null, eif, withdrawal, null);
    }
}
