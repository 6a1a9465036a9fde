package org.lapcheck.app;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.model.StateParty;
import org.lapcheck.model.derived.AsOf;
import org.lapcheck.submission.ReportTemplate;

/**
 * "Start a report": a new self-report for a state and a year, with the kind of report the state owes for that year
 * (from its entry into force in the membership data, as the rules derive it: the initial report covers the year of
 * entry into force, annual reports every year after) and the values of its previous year's report on file.
 */
public final class StartReport {

    /** The first and last years a report can cover (as the format's {@code report.covers}). */
    public static final int FIRST_YEAR = 2008;
    public static final int LAST_YEAR = 2200;

    /**
     * @param fileName  the name to save it under ({@code ISO3.yaml}), in {@code submissions/YEAR/}
     * @param kind      initial or annual
     * @param carried   true when last year's report on file gave values
     */
    public record Started(String fileName, String kind, List<String> notes, boolean carried, String text) {}

    private StartReport() {}

    /**
     * @param inputsDir the inputs folder whose {@code submissions/} may hold last year's report (only read inside it)
     * @throws UsageException for a state not in the membership data or a year outside the format's
     */
    public static Started start(ReferenceData reference, Path inputsDir, String iso3, int year, String schemaRef) {
        StateParty state = reference.membership().stream().filter(s -> s.iso3().equals(iso3)).findFirst()
                .orElseThrow(() -> new UsageException("'" + iso3 + "' is not a state in the membership data"));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new UsageException("a report covers a year from " + FIRST_YEAR + " to " + LAST_YEAR + "; " + year + " is not one");
        }
        List<String> notes = new ArrayList<>();
        String kind;
        if (state.entryIntoForce() == null || !state.boundDuring(year)) {
            kind = "annual";
            notes.add("The convention did not bind " + state.name() + " in " + year + " ("
                    + (state.entryIntoForce() == null ? "a " + state.status().replace('_', ' ') : state.unboundReason(year))
                    + "): a report covering that year is voluntary, and welcome.");
        } else if (state.entryIntoForce().getYear() == year) {
            kind = "initial";
            notes.add("Initial report (Art. 7.1): the convention entered into force for " + state.name() + " on "
                    + state.entryIntoForce() + "; the report is due within 180 days, by " + state.entryIntoForce().plusDays(180) + ".");
            notes.add("Save it as " + iso3 + ".yaml, or as " + iso3 + ".initial.yaml beside an annual report of the same year.");
        } else {
            kind = "annual";
            notes.add("Annual report (Art. 7.2) covering " + year + ", due by " + AsOf.annualReportDue(year) + ".");
        }
        Map<String, Object> previous = null;
        if (!kind.equals("initial") || state.entryIntoForce() == null) {
            Path root = inputsDir.toAbsolutePath().normalize();
            Path last = root.resolve("submissions").resolve(Integer.toString(year - 1)).resolve(iso3 + ".yaml").normalize();
            if (last.startsWith(root) && Files.isRegularFile(last, LinkOption.NOFOLLOW_LINKS)) {
                previous = ReportTemplate.plainValues(last, root);
            }
        }
        String text = ReportTemplate.render(new ReportTemplate.Request(iso3, state.name(), year, kind, notes, previous,
                year - 1, schemaRef));
        return new Started(iso3 + ".yaml", kind, List.copyOf(notes), previous != null, text);
    }
}
