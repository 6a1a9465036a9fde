package org.lapcheck.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.kie.api.KieBase;

/**
 * A compiled, checked rulebook: the Drools knowledge base, each rule's metadata, the LAP action catalogue, and
 * the hash of every file it was built from (so a report says exactly which rules judged it).
 */
public final class Rulebook {

    private final KieBase kieBase;
    private final Map<String, RuleInfo> rulesById;
    private final Map<String, RuleInfo> rulesByName;
    private final ActionCatalogue catalogue;
    private final String sha256;

    Rulebook(KieBase kieBase, Map<String, RuleInfo> rulesById, ActionCatalogue catalogue, String sha256) {
        this.kieBase = kieBase;
        this.rulesById = Map.copyOf(rulesById);
        this.rulesByName = rulesById.values().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(RuleInfo::name, r -> r));
        this.catalogue = catalogue;
        this.sha256 = sha256;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /**
     * A knowledge base of this rulebook without the rules named (Drools names), for a session that must run
     * without a rule whose condition fails. Built anew on each call; the rulebook's own is left as it is.
     */
    public KieBase kieBaseWithout(java.util.Set<String> ruleNames) {
        return KieBases.without(kieBase, ruleNames);
    }

    public ActionCatalogue catalogue() {
        return catalogue;
    }

    public String sha256() {
        return sha256;
    }

    public Collection<RuleInfo> rules() {
        return rulesById.values().stream().sorted(java.util.Comparator.comparing(RuleInfo::file)).toList();
    }

    public Optional<RuleInfo> rule(String id) {
        return Optional.ofNullable(rulesById.get(id));
    }

    /** The rule of a Drools rule name; every rule of a loaded rulebook has one. */
    public RuleInfo ruleNamed(String name) {
        RuleInfo info = rulesByName.get(name);
        if (info == null) {
            throw new IllegalStateException("rule not in the rulebook: " + name);
        }
        return info;
    }

    /** Rules that raise findings (not the derivation layer). */
    public List<RuleInfo> findingRules() {
        return rules().stream().filter(r -> !r.derived()).toList();
    }

    /** LAP actions that at least one finding rule judges. */
    public TreeSet<Integer> actionsCovered() {
        TreeSet<Integer> covered = new TreeSet<>();
        findingRules().forEach(r -> covered.addAll(r.actions()));
        return covered;
    }
}
