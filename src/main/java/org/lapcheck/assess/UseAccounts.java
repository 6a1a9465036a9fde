package org.lapcheck.assess;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lapcheck.model.SelfReport;
import org.lapcheck.model.StateParty;
import org.lapcheck.model.UseAccount;
import org.lapcheck.model.UseRegister;
import org.lapcheck.model.Universalization;
import org.lapcheck.model.derived.ActiveInstance;
import org.lapcheck.model.derived.PartyReport;

/**
 * The presidency's account of instances of use and the responses to them, rolled up after the session from the
 * facts the rules derived: which instances are active in which year ({@link ActiveInstance}) and which reports are a
 * state party's ({@link PartyReport}). Like the indicators, it counts; it judges nobody.
 */
final class UseAccounts {

    private UseAccounts() {}

    static UseAccount of(UseRegister register, Collection<StateParty> membership, Collection<ActiveInstance> active,
            Collection<PartyReport> partyReports) {
        if (register.isEmpty()) {
            return UseAccount.NONE;
        }
        // the reports of each year by state (an initial and an annual report of one year both count)
        Map<Integer, Map<String, List<SelfReport>>> byYear = new TreeMap<>();
        for (PartyReport p : partyReports) {
            byYear.computeIfAbsent(p.year(), k -> new TreeMap<>()).computeIfAbsent(p.iso3(), k -> new ArrayList<>())
                    .add(p.report());
        }
        Map<Integer, Set<String>> activeByYear = new TreeMap<>();
        active.forEach(a -> activeByYear.computeIfAbsent(a.year(), k -> new TreeSet<>()).add(a.id()));
        List<ActiveInstance> ordered = new ArrayList<>(active);
        List<String> order = register.instances().stream().map(i -> i.id()).toList();
        ordered.sort(Comparator.comparingInt((ActiveInstance a) -> order.indexOf(a.id())).thenComparingInt(ActiveInstance::year));

        List<UseAccount.InstanceYear> rows = new ArrayList<>();
        for (ActiveInstance a : ordered) {
            Map<String, List<SelfReport>> reports = byYear.getOrDefault(a.year(), Map.of());
            List<UseAccount.Response> responses = new ArrayList<>();
            List<String> silent = new ArrayList<>();
            for (Map.Entry<String, List<SelfReport>> e : reports.entrySet()) {
                List<UseAccount.Response> own = responses(e.getValue()).stream()
                        .filter(r -> a.id().equals(r.instance())).toList();
                if (own.isEmpty()) {
                    silent.add(e.getKey());
                }
                responses.addAll(own);
            }
            List<String> notOnFile = new ArrayList<>();
            int parties = 0;
            for (StateParty s : membership) {
                if (s.boundDuring(a.year())) {
                    parties++;
                    if (!reports.containsKey(s.iso3())) {
                        notOnFile.add(s.iso3());
                    }
                }
            }
            rows.add(new UseAccount.InstanceYear(a.id(), a.year(), responses, silent, notOnFile.stream().sorted().toList(),
                    parties));
        }

        List<UseAccount.YearShare> years = new ArrayList<>();
        for (Map.Entry<Integer, Set<String>> y : activeByYear.entrySet()) {
            Map<String, List<SelfReport>> reports = byYear.getOrDefault(y.getKey(), Map.of());
            int parties = (int) membership.stream().filter(s -> s.boundDuring(y.getKey())).count();
            int responded = (int) reports.values().stream().filter(rs -> responses(rs).stream()
                    .anyMatch(r -> r.instance() != null && y.getValue().contains(r.instance()))).count();
            years.add(new UseAccount.YearShare(y.getKey(), parties, reports.size(), responded));
        }

        // responses the rows do not count: naming no register entry, or one not active in the year reported
        List<UseAccount.Response> unmatched = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, List<SelfReport>>> y : byYear.entrySet()) {
            Set<String> activeIds = activeByYear.getOrDefault(y.getKey(), Set.of());
            for (List<SelfReport> rs : y.getValue().values()) {
                responses(rs).stream().filter(r -> r.instance() == null || !activeIds.contains(r.instance()))
                        .forEach(unmatched::add);
            }
        }
        return new UseAccount(register.instances(), rows, years, unmatched);
    }

    /** Every response of a state's reports for one year, once each (an initial and an annual report may repeat one). */
    private static List<UseAccount.Response> responses(List<SelfReport> reports) {
        Map<List<Object>, UseAccount.Response> out = new LinkedHashMap<>();
        for (SelfReport r : reports) {
            Universalization u = r.universalization();
            if (u == null || u.responsesToUse() == null) {
                continue;
            }
            for (Universalization.ResponseToUse x : u.responsesToUse()) {
                List<Object> key = java.util.Arrays.asList(x.instance(), x.description(), x.date(), x.form(), x.forum());
                out.putIfAbsent(key, new UseAccount.Response(r.iso3(), r.year(), x.instance(), x.description(), x.date(),
                        x.form(), x.forum(), r.evidence("universalization.responses_to_use[" + x.index() + "]")));
            }
        }
        return new ArrayList<>(out.values());
    }
}
