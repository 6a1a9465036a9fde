package org.lapcheck.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.lapcheck.FindingBuilder;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lapcheck.report.Fixtures;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Finding;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Severity;

class DiffTest {

    @Test
    void marksFindingsNewPersistingOrResolvedByStableId() {
        Diff d = Diff.between(Fixtures.assessment(), Fixtures.previous());
        assertThat(d.present()).isTrue();
        assertThat(d.previousAsOf()).isEqualTo(Fixtures.PREVIOUS_AS_OF);
        assertThat(d.changes()).containsEntry("T-INIT-OVERDUE:NGA", Change.PERSISTING)
                .containsEntry("T-OLD-FORM:DEU:2025", Change.PERSISTING)
                .containsEntry("VA-FOCAL:ATL:2025", Change.NEW);
        assertThat(d.resolved()).extracting(Finding::id).containsExactly("T-SUBMISSION-DATE-NOT-REPORTED:FRA:2025");
        assertThat(d.count(Change.NEW)).isEqualTo(7);
        assertThat(d.count(Change.PERSISTING)).isEqualTo(3);
        assertThat(d.count(Change.RESOLVED)).isEqualTo(1);
    }

    @Test
    void marksNothingWithoutAPreviousAssessment() {
        Diff d = Diff.between(Fixtures.assessment(), null);
        assertThat(d.present()).isFalse();
        assertThat(d.of(Fixtures.assessment().findings().get(0))).isNull();
        assertThat(d.resolved()).isEmpty();
    }

    @Test
    void doesNotCallTheFindingsOfAStateThatLeftResolved() {
        Finding lithuania = FindingBuilder.finding("T-ANNUAL-OVERDUE", "LTU", 2024, Severity.MEDIUM, FindingKind.NOT_REPORTED,
                "transparency", List.of(43)).build();
        Assessment before = new Assessment(LocalDate.of(2025, 1, 1), Fixtures.provenance(), List.of("DEU", "LTU"),
                List.of(lithuania), List.of());
        Assessment now = new Assessment(LocalDate.of(2025, 6, 1), Fixtures.provenance(), List.of("DEU"), List.of(), List.of());
        Diff d = Diff.between(now, before);
        assertThat(d.resolved()).isEmpty();
        assertThat(d.noLongerAssessed()).containsExactly("LTU");
    }

    @Test
    void writesChangesIntoFindingsJsonOnlyWhenThereIsAPreviousAssessment() {
        String first = FindingsJson.write(Fixtures.assessment());
        assertThat(first).doesNotContain("\"change\"").doesNotContain("\"resolved\"").doesNotContain("compared_with");
        assertThat(FindingsJson.write(Fixtures.assessment(), null)).isEqualTo(first);
        String second = FindingsJson.write(Fixtures.assessment(), Fixtures.previous());
        assertThat(second).contains("\"change\": \"persisting\"", "\"change\": \"new\"", "\"change\": \"resolved\"",
                "\"compared_with\"");
        // the contract reads back the same either way
        assertThat(FindingsJson.read(second)).isEqualTo(FindingsJson.read(first));
    }
}
