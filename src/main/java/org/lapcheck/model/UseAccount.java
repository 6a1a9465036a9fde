package org.lapcheck.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The presidency's account of instances of use and of the states parties' responses to them, over the years of an
 * assessment: every register entry active in one of those years with its status and sources, each response the
 * states parties' reports record (who, when, how, where), the states parties whose report for a year records none,
 * and the indicators (per instance and year, how many responded; per year, the share of states parties that
 * responded to at least one instance). Built from the register and the reports; it judges nobody.
 *
 * @param register  every entry of the register (the account shows the ones active in its years)
 * @param rows      one per instance and year in which it is active, in register order, then year
 * @param years     one per year of the assessment in which at least one instance is active
 * @param unmatched responses that name no register entry (described, or an id the register lacks)
 */
public record UseAccount(List<UseInstance> register, List<InstanceYear> rows, List<YearShare> years,
        List<Response> unmatched) {

    public static final UseAccount NONE = new UseAccount(List.of(), List.of(), List.of(), List.of());

    public UseAccount {
        register = List.copyOf(register);
        rows = List.copyOf(rows);
        years = List.copyOf(years);
        unmatched = List.copyOf(unmatched);
    }

    public boolean isEmpty() {
        return register.isEmpty();
    }

    /** The entries active in at least one year of the account, in register order. */
    public List<UseInstance> active() {
        return register.stream().filter(i -> rows.stream().anyMatch(r -> r.instance().equals(i.id()))).toList();
    }

    public List<InstanceYear> rowsOf(String instance) {
        return rows.stream().filter(r -> r.instance().equals(instance)).toList();
    }

    /**
     * A response recorded in a state party's report.
     *
     * @param instance    the register id it names, or null
     * @param description the state's own description, or null
     * @param form        national_statement, joint_statement, meeting_statement, demarche or other; null if not given
     * @param evidence    where the report records it
     */
    public record Response(String iso3, int year, String instance, String description, LocalDate date, String form,
            String forum, Evidence evidence) implements StateFact {}

    /**
     * One instance in one year.
     *
     * @param responses  the responses the reports for that year record to it
     * @param silent     states parties whose report for the year is on file and records no response to it
     * @param notOnFile  states parties bound in the year with no report for it on file
     * @param parties    states parties bound in the year
     */
    public record InstanceYear(String instance, int year, List<Response> responses, List<String> silent,
            List<String> notOnFile, int parties) {

        public InstanceYear {
            responses = List.copyOf(responses);
            silent = List.copyOf(silent);
            notOnFile = List.copyOf(notOnFile);
        }

        /** States parties that responded (one each, however many responses). */
        public List<String> responders() {
            return responses.stream().map(Response::iso3).distinct().sorted().toList();
        }
    }

    /**
     * One year: of the states parties bound in it, how many have a report on file and how many of those record a
     * response to at least one instance active in it.
     */
    public record YearShare(int year, int parties, int reportsOnFile, int responded) {

        /** Share of the states parties bound in the year that responded, 0..1. */
        public double share() {
            return parties == 0 ? 0 : (double) responded / parties;
        }
    }
}
