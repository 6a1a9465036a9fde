package org.lapcheck.assess;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
        // One pass over the findings and one over the applicability facts, indexed, then a lookup per action: a
        // pass per action made the roll-up actions x (findings + facts).
        Set<String> boundStates = new HashSet<>(bound);
        Map<Integer, Set<String>> fallingShort = new HashMap<>();
        for (Finding f : findings) {
            if (f.state() != null && f.kind() != FindingKind.POSITIVE) {
                f.actions().forEach(n -> fallingShort.computeIfAbsent(n, k -> new HashSet<>()).add(f.state()));
            }
        }
        Map<String, Set<String>> statesByCode = new HashMap<>();
        for (Applies a : applies) {
            if (boundStates.contains(a.iso3())) {
                statesByCode.computeIfAbsent(a.code().name(), k -> new HashSet<>()).add(a.iso3());
            }
        }
        List<Indicator> out = new ArrayList<>();
        Set<Integer> judged = rulebook.actionsCovered();
        for (LapAction action : rulebook.catalogue().all()) {
            if (!judged.contains(action.number())) {
                continue;
            }
            Set<String> applicable = new HashSet<>();
            for (String code : action.appliesTo()) {
                applicable.addAll(Applicability.ALL.name().equals(code) ? boundStates
                        : statesByCode.getOrDefault(code, Set.of()));
            }
            Set<String> falling = fallingShort.getOrDefault(action.number(), Set.of());
            // A finding can only be raised where the action applies; count it applicable even if the code is underived.
            applicable.addAll(falling);
            int met = (int) applicable.stream().filter(s -> !falling.contains(s)).count();
            out.add(new Indicator(action.number(), applicable.size(), met));
        }
        return out;
    }
}
