package org.lapcheck.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lapcheck.TestProject;
import org.lapcheck.knowledge.Rulebook;
import org.lapcheck.knowledge.RulebookLoader;
import org.lapcheck.model.Finding;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Indicator;
import org.lapcheck.model.Severity;
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

    private static Finding finding(String state, FindingKind kind, Integer... actions) {
        return new Finding("R:" + state + ":" + kind, "R", "a rule", actions[0], List.of(actions), "Art. 7", state, 2025,
                Severity.LOW, kind, "transparency", "m", null, null, List.of(), List.of(), Map.of());
    }

    private static Indicator of(List<Indicator> indicators, int action) {
        return indicators.stream().filter(i -> i.action() == action).findFirst().orElseThrow();
    }

    @Test
    void anActionForAllCountsEveryBoundStateAndThoseWithoutConcernsMeetIt() {
        List<String> bound = List.of("AAA", "BBB", "CCC", "DDD");
        List<Finding> findings = List.of(
                finding("AAA", FindingKind.GAP, 1),
                finding("AAA", FindingKind.NOT_REPORTED, 1), // one state, counted once
                finding("BBB", FindingKind.POSITIVE, 1), // a positive finding is no concern
                finding("CCC", FindingKind.GAP, 3)); // another action's concern
        List<Indicator> indicators = Indicators.of(rulebook, bound, List.of(), findings);

        assertThat(of(indicators, 1)).isEqualTo(new Indicator(1, 4, 3));
        assertThat(of(indicators, 3)).isEqualTo(new Indicator(3, 4, 3));
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
                finding("BBB", FindingKind.GAP, 5),
                finding("DDD", FindingKind.EARLY_WARNING, 5)); // a concern makes the action applicable

        assertThat(of(Indicators.of(rulebook, bound, applies, findings), 5)).isEqualTo(new Indicator(5, 3, 1));
    }
}
