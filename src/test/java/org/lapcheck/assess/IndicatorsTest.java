package org.lapcheck.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lapcheck.FindingBuilder;
import org.lapcheck.TestProject;
import org.lapcheck.knowledge.Rulebook;
import org.lapcheck.knowledge.RulebookLoader;
import org.lapcheck.model.Finding;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Indicator;
import org.lapcheck.model.derived.Applicability;
import org.lapcheck.model.derived.Applies;

/**
 * The per-action roll-up on the real catalogue: who an action applies to (every bound state, or those with one of
 * its applicability codes), and who meets it (applicable, with no concern raised under it).
 */
class IndicatorsTest {

    private static Rulebook rulebook;

    @BeforeAll
    static void load() throws Exception {
        rulebook = new RulebookLoader(TestProject.home()).load(TestProject.rules());
    }

    /** A finding of a real rule under {@code action}, with the rule's own kind. */
    private static Finding finding(String ruleId, String state, FindingKind kind, String area, int action) {
        return FindingBuilder.finding(ruleId, state).kind(kind).area(area).actions(action).build();
    }

    private static Indicator of(List<Indicator> indicators, int action) {
        return indicators.stream().filter(i -> i.action() == action).findFirst().orElseThrow();
    }

    @Test
    void anActionForAllCountsEveryBoundStateAndThoseWithoutConcernsMeetIt() {
        List<String> bound = List.of("AAA", "BBB", "CCC", "DDD");
        List<Finding> findings = List.of(
                finding("T-ANNUAL-LATE", "AAA", FindingKind.GAP, "transparency", 43),
                finding("T-SUBMISSION-DATE-NOT-REPORTED", "AAA", FindingKind.NOT_REPORTED, "transparency", 43), // one state, counted once
                finding("T-EARLY", "BBB", FindingKind.POSITIVE, "transparency", 43), // a positive finding is no concern
                finding("T-OLD-FORM", "CCC", FindingKind.GAP, "transparency", 45)); // another action's concern
        List<Indicator> indicators = Indicators.of(rulebook, bound, List.of(), findings);

        assertThat(of(indicators, 43)).isEqualTo(new Indicator(43, 4, 3));
        assertThat(of(indicators, 45)).isEqualTo(new Indicator(45, 4, 3));
        assertThat(indicators).extracting(Indicator::action).containsExactlyElementsOf(
                rulebook.catalogue().all().stream().map(a -> a.number())
                        .filter(rulebook.actionsCovered()::contains).toList());
    }

    @Test
    void anActionForSomeCountsOnlyBoundStatesWithOneOfItsCodesPlusAnyWithAConcernUnderIt() {
        assertThat(rulebook.catalogue().all().stream().filter(a -> a.number() == 5).findFirst().orElseThrow()
                .appliesTo()).containsExactly("AFFECTED", "VICTIMS");
        List<String> bound = List.of("AAA", "BBB", "CCC", "DDD");
        List<Applies> applies = List.of(
                new Applies("AAA", 2025, Applicability.AFFECTED),
                new Applies("AAA", 2024, Applicability.VICTIMS), // two codes, one state
                new Applies("BBB", 2025, Applicability.VICTIMS),
                new Applies("CCC", 2025, Applicability.STOCKPILE), // a code the action does not name
                new Applies("ZZZ", 2025, Applicability.AFFECTED)); // not bound: not counted
        List<Finding> findings = List.of(
                finding("X-INFO-MGMT", "BBB", FindingKind.GAP, "general_status", 5),
                finding("X-INFO-MGMT-NOT-REPORTED", "DDD", FindingKind.NOT_REPORTED, "general_status", 5)); // a concern makes the action applicable

        assertThat(of(Indicators.of(rulebook, bound, applies, findings), 5)).isEqualTo(new Indicator(5, 3, 1));
    }
}
