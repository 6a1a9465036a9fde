package org.lapcheck.assess;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lapcheck.knowledge.LapAction;
import org.lapcheck.knowledge.Rulebook;
import org.lapcheck.model.Finding;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Indicator;
import org.lapcheck.model.derived.Applicability;
import org.lapcheck.model.derived.Applies;

/**
 * The indicator of each LAP action that rules judge: the states it applies to (by the catalogue's
 * {@code applies_to} codes and the applicability the rules derived) and how many of them raised no gap,
 * not-reported or early-warning finding on it.
 */
final class Indicators {

    private Indicators() {}

    static List<Indicator> of(Rulebook rulebook, Collection<String> bound, Collection<Applies> applies,
            Collection<Finding> findings) {
        // a set: looked up once per derived fact, so a list here made the roll-up states x reports
        Set<String> boundStates = new HashSet<>(bound);
        List<Indicator> out = new ArrayList<>();
        Set<Integer> judged = rulebook.actionsCovered();
        for (LapAction action : rulebook.catalogue().all()) {
            if (!judged.contains(action.number())) {
                continue;
            }
            Set<String> applicable = applicableStates(action, boundStates, applies);
            Set<String> falling = new HashSet<>();
            for (Finding f : findings) {
                if (f.state() != null && f.actions().contains(action.number()) && f.kind() != FindingKind.POSITIVE) {
                    falling.add(f.state());
                }
            }
            // A finding can only be raised where the action applies; count it applicable even if the code is underived.
            applicable.addAll(falling);
            int met = (int) applicable.stream().filter(s -> !falling.contains(s)).count();
            out.add(new Indicator(action.number(), applicable.size(), met));
        }
        return out;
    }

    private static Set<String> applicableStates(LapAction action, Collection<String> boundStates, Collection<Applies> applies) {
        Set<String> states = new HashSet<>();
        for (String code : action.appliesTo()) {
            if (Applicability.ALL.name().equals(code)) {
                states.addAll(boundStates);
            } else {
                applies.stream().filter(a -> a.code().name().equals(code) && boundStates.contains(a.iso3()))
                        .forEach(a -> states.add(a.iso3()));
            }
        }
        return states;
    }
}
