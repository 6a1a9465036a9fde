package org.lapcheck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lapcheck.TestProject;
import org.lapcheck.model.derived.VoluntaryReport;
import org.lapcheck.model.derived.PartyScoped;

/**
 * Every finding rule about a state is scoped to who the convention binds: it matches, positively, at least one fact
 * that exists only for a state party in the period it speaks of ({@link PartyScoped}). A new rule that forgets it
 * would judge a signatory's voluntary report against Articles 3, 4 and 7. Read from the compiled rules, so a
 * pattern hidden in an {@code or} or an {@code exists} counts, and one under a {@code not} does not.
 */
class RuleScopeTest {

    private static Rulebook rulebook;

    @BeforeAll
    static void load() throws RulebookException {
        rulebook = new RulebookLoader(TestProject.home()).load(TestProject.rules());
    }

    @Test
    void everyFindingRuleAboutAStateMatchesAFactOnlyAStatePartyHas() {
        List<String> unscoped = new ArrayList<>();
        for (RuleInfo info : rulebook.findingRules()) {
            if (info.section().equals("90-machinery")) {
                continue; // findings about the convention's own machinery, not about a state
            }
            RuleImpl rule = (RuleImpl) rulebook.kieBase().getRule(info.packageName(), info.name());
            List<Class<?>> positive = new ArrayList<>();
            List<Class<?>> negated = new ArrayList<>();
            collect(rule.getLhs(), false, positive, negated);
            boolean scoped = positive.stream().anyMatch(PartyScoped.class::isAssignableFrom);
            // A rule about reports that are not a state party's matches the derived VoluntaryReport instead.
            boolean aboutNonParties = positive.contains(VoluntaryReport.class);
            if (!scoped && !aboutNonParties) {
                unscoped.add(info.file() + ":" + info.line() + " " + info.id());
            }
        }
        assertThat(unscoped).as("finding rules that match no PartyScoped fact (CurrentReport, PartyReport, BoundParty, ...)")
                .isEmpty();
    }

    @Test
    void theCheckSeesAScopedPatternAndMissesAnUnscopedOne() {
        RuleInfo scoped = rulebook.rule("A3-LATE").orElseThrow();
        List<Class<?>> positive = new ArrayList<>();
        collect(((RuleImpl) rulebook.kieBase().getRule(scoped.packageName(), scoped.name())).getLhs(), false, positive, new ArrayList<>());
        assertThat(positive).anyMatch(PartyScoped.class::isAssignableFrom);
        RuleInfo machinery = rulebook.rule("M-TROIKA-MISSING").orElseThrow();
        List<Class<?>> none = new ArrayList<>();
        collect(((RuleImpl) rulebook.kieBase().getRule(machinery.packageName(), machinery.name())).getLhs(), false, none, new ArrayList<>());
        assertThat(none).isNotEmpty().noneMatch(PartyScoped.class::isAssignableFrom);
    }

    private static void collect(RuleConditionElement element, boolean underNot, List<Class<?>> positive, List<Class<?>> negated) {
        if (element instanceof Pattern p) {
            if (p.getObjectType() instanceof ClassObjectType type) {
                (underNot ? negated : positive).add(type.getClassType());
            }
            if (p.getSource() != null) {
                collect(p.getSource(), underNot, positive, negated);
            }
            return;
        }
        if (element instanceof GroupElement g) {
            boolean not = underNot || g.isNot();
            for (RuleConditionElement child : g.getChildren()) {
                collect(child, not, positive, negated);
            }
        } else if (element != null) {
            for (RuleConditionElement child : element.getNestedElements()) {
                collect(child, underNot, positive, negated);
            }
        }
    }
}
