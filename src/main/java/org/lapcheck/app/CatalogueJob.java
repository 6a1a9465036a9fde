package org.lapcheck.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lapcheck.knowledge.LapAction;
import org.lapcheck.knowledge.Rulebook;
import org.lapcheck.knowledge.RulebookException;
import org.lapcheck.model.Indicator;

/**
 * {@code lap rules list}: the LAP catalogue with its coverage, each action with the rules that judge it and, when
 * there is an assessment on file, its indicator from the latest one.
 */
public final class CatalogueJob {

    /**
     * @param rulesByAction the ids of the finding rules that judge each action; an action judged by none is absent
     * @param indicators    each action's indicator in the latest assessment; empty when there is none
     */
    public record Coverage(Rulebook rulebook, Map<Integer, List<String>> rulesByAction, Map<Integer, Indicator> indicators) {

        public List<LapAction> actions() {
            return rulebook.catalogue().all();
        }

        public List<String> rulesOf(LapAction a) {
            return rulesByAction.getOrDefault(a.number(), List.of());
        }
    }

    private CatalogueJob() {}

    public static Coverage run(Workspace ws, Path rulesDir) throws RulebookException {
        Rulebook rulebook = Rulebooks.load(ws, rulesDir);
        Map<Integer, List<String>> byAction = rulebook.findingRules().stream()
                .flatMap(r -> r.actions().stream().map(a -> Map.entry(a, r.id())))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Integer, Indicator> indicators = AssessmentFolder.latest(ws.reports())
                .map(d -> AssessmentFolder.assessment(d).indicators())
                .orElse(List.of()).stream().collect(Collectors.toMap(Indicator::action, i -> i, (a, b) -> a));
        return new Coverage(rulebook, byAction, indicators);
    }
}
