package org.lapcheck.report;

import static org.lapcheck.FindingBuilder.finding;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Explanation;
import org.lapcheck.model.Finding;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Indicator;
import org.lapcheck.model.InputFile;
import org.lapcheck.model.Provenance;
import org.lapcheck.model.Severity;

/**
 * The assessment every report test renders: six states (one fictional, with hostile text where a state's own words
 * reach a report), the machinery, an early warning, a rule with no translation yet, and a previous assessment to
 * compare with (persisting, new and resolved findings).
 */
public final class Fixtures {

    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);
    public static final LocalDate PREVIOUS_AS_OF = LocalDate.of(2026, 6, 1);
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String HOSTILE_NAME = "Atlantis <img src=x onerror=alert(2)>";
    static final String FORMULA = "=HYPERLINK(\"http://example.org\",\"call\")";
    static final List<String> STATES = List.of("ATL", "DEU", "FRA", "MEX", "NGA", "PER");

    private Fixtures() {}

    static Path home() {
        return Path.of(System.getProperty("lapcheck.home", "."));
    }

    /** The shared wording only: the golden files stay put when a section adds its own translations. */
    static Path ruleMessages() {
        return home().resolve("rules/i18n");
    }

    static ReportContext context() {
        return context(Locale.ENGLISH);
    }

    static ReportContext context(Locale locale) {
        return context(locale, assessment(), previous());
    }

    static ReportContext firstRun() {
        return context(Locale.ENGLISH, assessment(), null);
    }

    static ReportContext context(Locale locale, Assessment current, Assessment previous) {
        return context(locale, current, previous, ruleMessages());
    }

    /** With the rules' wording read from {@code ruleMessages} (the whole rules/ folder, for translation checks). */
    static ReportContext context(Locale locale, Assessment current, Assessment previous, Path ruleMessages) {
        return new ReportContext(current, explanations(), actionTitles(), locale, previous, stateNames(), partiesPerYear(),
                ruleMessages);
    }

    /** Every messages_<lang>.properties of the real rulebook. */
    static Path allRuleMessages() {
        return home().resolve("rules");
    }

    static Map<String, String> stateNames() {
        return Map.of("ATL", HOSTILE_NAME, "DEU", "Germany", "FRA", "France", "MEX", "Mexico", "NGA", "Nigeria",
                "PER", "Peru");
    }

    static Map<Integer, String> actionTitles() {
        return Map.of(19, "National strategy and annual work plans", 31, "Victim assistance focal point",
                43, "Initial and annual reports on time", 44, "Report every year while obligations last",
                45, "Use the revised reporting form", 46, "Seek support with reporting");
    }

    /** States parties at the end of each year, from the membership data (entry into force, withdrawals). */
    static TreeMap<Integer, Integer> partiesPerYear() {
        int[] counts = {37, 59, 72, 83, 84, 92, 100, 101, 103, 106, 108, 110, 110, 111, 112, 111, 112};
        TreeMap<Integer, Integer> perYear = new TreeMap<>();
        for (int i = 0; i < counts.length; i++) {
            perYear.put(2010 + i, counts[i]);
        }
        return perYear;
    }

    public static Provenance provenance() {
        return new Provenance("0.1.0", "3f5a9c0e7b1d24f68a0c5e3b9d7f1a2c4e6b8d0f2a4c6e8b0d2f4a6c8e0b2d4f", 22, 4, List.of(
                new InputFile("inputs/reference/membership.csv", "9b1c6d2e8f0a4b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c"),
                new InputFile("inputs/reference/machinery.yaml", "1d3f5b7a9c2e4f6a8b0c1d3e5f7a9b2c4d6e8f0a1b3c5d7e9f2a4b6c8d0e1f3a"),
                new InputFile("inputs/submissions/2025/ATL.yaml", "5e7a9c1b3d2f4e6a8c0b1d3f5a7c9e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a3c"),
                new InputFile("inputs/submissions/2025/DEU.yaml", "7c9e1a3b5d4f6a8c0e2b3d5f7a9c1e4b6d8f0a2c3e5b7d9f1a4c6e8b0d2f3a5c"),
                new InputFile("inputs/submissions/2025/FRA.yaml", "2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a3c5e7b9d2f4a6c8e0b1d3f5a7c9e2b4d"),
                new InputFile("inputs/submissions/2025/PER.yaml", "8f0a2c4e6b1d3f5a7c9e0b2d4f6a8c1e3b5d7f9a0c2e4b6d8f1a3c5e7b9d0f2a")));
    }

    public static Assessment assessment() {
        List<Finding> findings = List.of(
                finding("A4-EARLY-WARNING", "PER", 2025, Severity.HIGH, FindingKind.EARLY_WARNING, "clearance", List.of(19, 22))
                        .rule("at the reported pace the Article 4 deadline will not be met and no request for extension is pending")
                        .article("Art. 4.1(a), 4.5-4.6")
                        .message("Peru reports 12.5 km² of contaminated area still to clear at the end of 2025, to be cleared by 1 March 2027, its Article 4 deadline in force (Art. 4.1(a), 4.5-4.6; the project's reading of LAP Action 19). At the pace reported, 3.2 km² a year on average over the years reported, this would take about 3.9 years, beyond the deadline, and no request for extension is pending. A request must reach the states parties by 13 December 2026 to be considered at the Fourteenth Meeting of States Parties, the last formal meeting before the deadline (Art. 4.6). Informing the states parties now, and preparing a request with a detailed, costed work plan (the project's reading of LAP Action 22), would let them decide in time.")
                        .cites(19, 22)
                        .expected("completion by 1 March 2027, or a request by 13 December 2026")
                        .actual("about 3.9 years needed at 3.2 km² a year; no request pending")
                        .param("state", "Peru").param("iso3", "PER").param("year", "2025").param("remaining", "12.5")
                        .param("rate", "3.2").param("years", "3.9").param("projected", "2029-11-23").param("deadline", "2027-03-01")
                        .param("request_by", "2026-12-13").param("meeting", "Fourteenth Meeting of States Parties")
                        .evidence("inputs/submissions/2025/PER.yaml", "clearance.area_remaining_km2", 41, 18)
                        .recipients("clearance", "presidency").build(),
                finding("T-INIT-OVERDUE", "NGA", null, Severity.HIGH, FindingKind.NOT_REPORTED, "transparency", List.of(43))
                        .rule("initial transparency report not on file after it fell due").article("Art. 7.1")
                        .message("No initial transparency report from Nigeria is on file; it was due by 28 December 2023, 180 days after the Convention entered into force for Nigeria on 1 July 2023 (Art. 7.1, the project's reading of LAP Action 43). If it has reached the UN Secretary-General, adding it to the inputs closes this finding; otherwise the ISU can help prepare it (the project's reading of LAP Action 46).")
                        .cites(43, 46)
                        .expected("an initial report by 28 December 2023").actual("none on file on 29 November 2026")
                        .param("state", "Nigeria").param("due", "2023-12-28").param("eif", "2023-07-01").param("as_of", "2026-11-29")
                        .evidence("inputs/reference/membership.csv", "NGA", 80, 1)
                        .recipients("transparency", "presidency").build(),
                finding("T-ANNUAL-OVERDUE-OBLIGATED", "PER", 2025, Severity.HIGH, FindingKind.NOT_REPORTED, "transparency", List.of(44, 43))
                        .rule("annual report not on file while Article 3 or 4 obligations are under way").article("Art. 7.2")
                        .message("No annual transparency report from Peru covering 2025 is on file; it was due by 30 April 2026 (Art. 7.2). Its report covering 2024 showed obligations still being implemented (AFFECTED), on which the states parties follow progress through each year's report (the project's reading of LAP Action 44). If the report has reached the UN Secretary-General, adding it to the inputs closes this finding; the ISU can help prepare it.")
                        .cites(44)
                        .expected("an annual report covering 2025 by 30 April 2026").actual("none on file on 29 November 2026")
                        .param("state", "Peru").param("due", "2026-04-30").param("as_of", "2026-11-29")
                        .param("earlier_year", "2024").param("obligation", "AFFECTED")
                        .evidence("inputs/reference/membership.csv", "PER", 95, 1)
                        .recipients("transparency").build(),
                finding("M-TROIKA-VACANT", null, null, Severity.MEDIUM, FindingKind.GAP, "machinery", List.of())
                        .rule("an office of the Presidential Troika is listed without a holder (no LAP action covers it)").article("Art. 11")
                        .message("The office of President-designate is listed in the machinery for the 3RC presidency without a holder (role president_designate), so the Presidential Troika (the outgoing President, the President and the President-designate) is incomplete. Recording its holder completes it and lets findings for the troika reach all three.")
                        .expected("a holder for president_designate").actual("holder: null")
                        .param("subject", "president_designate").param("term", "3RC presidency").param("office", "President-designate")
                        .evidence("inputs/reference/machinery.yaml", "offices[2]", 49, 5)
                        .recipients("machinery", "presidency", "troika").build(),
                finding("VA-FOCAL", "ATL", 2025, Severity.MEDIUM, FindingKind.GAP, "victim_assistance", List.of(31))
                        .rule("victim assistance focal point without an address").article("Art. 5")
                        .message("The victim assistance focal point of " + HOSTILE_NAME + ", " + SCRIPT + ", has no e-mail address (LAP Action 31).")
                        .expected("an e-mail address").actual(FORMULA)
                        .param("state", HOSTILE_NAME).param("focal_point", SCRIPT)
                        .evidence("inputs/submissions/2025/ATL.yaml", "victim_assistance.focal_point.name", 22, 11)
                        .recipients("victim_assistance").build(),
                finding("T-ANNUAL-LATE", "DEU", 2025, Severity.LOW, FindingKind.GAP, "transparency", List.of(43))
                        .rule("annual transparency report reached the UN after 30 April").article("Art. 7.2")
                        .message("The annual transparency report of Germany covering 2025 reached the UN Secretary-General on 20 May 2026, after the 30 April 2026 deadline (Art. 7.2, the project's reading of LAP Action 43). Submitting by 30 April lets the states parties take it into account in the year's meetings.")
                        .cites(43)
                        .expected("submitted by 30 April 2026").actual("submitted 20 May 2026")
                        .param("state", "Germany").param("due", "2026-04-30").param("submitted", "2026-05-20")
                        .evidence("inputs/submissions/2025/DEU.yaml", "report.submitted", 7, 14)
                        .recipients("transparency").build(),
                finding("T-OLD-FORM", "DEU", 2025, Severity.LOW, FindingKind.GAP, "transparency", List.of(45))
                        .rule("report made on the original form after the revised form was adopted").article("Art. 7")
                        .message("The report of Germany covering 2025 uses the original reporting form, although the revised form was adopted at the Tenth Meeting of States Parties (2 September 2022) (the project's reading of LAP Action 45). The revised form asks for the information the LAP indicators need; using it next time makes the report count fully.")
                        .cites(45)
                        .expected("form: revised-2022").actual("form: original")
                        .param("state", "Germany").param("meeting", "Tenth Meeting of States Parties").param("adopted", "2022-09-02")
                        .evidence("inputs/submissions/2025/DEU.yaml", "report.form", 5, 9)
                        .recipients("transparency").build(),
                finding("T-SUBMISSION-DATE-NOT-REPORTED", "ATL", 2025, Severity.INFO, FindingKind.NOT_REPORTED, "transparency", List.of(43))
                        .rule("the report does not say when it reached the UN").article("Art. 7.2")
                        .message("The report of " + HOSTILE_NAME + " covering 2025 does not give the date it reached the UN Secretary-General (report.submitted), so whether it was on time cannot be assessed (the project's reading of LAP Action 43). Adding the date lets the coordinator confirm it.")
                        .cites(43)
                        .expected("report.submitted: the date of submission").actual("not reported")
                        .param("state", HOSTILE_NAME)
                        .evidence("inputs/submissions/2025/ATL.yaml", "report.submitted", null, null)
                        .recipients("transparency").build(),
                finding("T-SUPPORT", "DEU", 2025, Severity.INFO, FindingKind.GAP, "transparency", List.of(46))
                        .rule("a late report without a request for support").article("Art. 7")
                        .message("The report of Germany covering 2025 arrived late and no request for support with reporting is recorded (report.assistance_requested). The ISU and partners can help compile reports (the project's reading of LAP Action 46); saying so in the report lets them offer it.")
                        .cites(46)
                        .expected("report.assistance_requested: true when reporting is difficult").actual("not reported")
                        .param("state", "Germany").param("requested", "not reported")
                        .evidence("inputs/submissions/2025/DEU.yaml", "report.assistance_requested", null, null)
                        .recipients("transparency", "isu").build(),
                finding("T-EARLY", "FRA", 2025, Severity.INFO, FindingKind.POSITIVE, "transparency", List.of(43))
                        .rule("annual report submitted well ahead of 30 April").article("Art. 7.2")
                        .message("France submitted its annual transparency report covering 2025 on 2 March 2026, at least a month before the 30 April 2026 deadline (the project's reading of LAP Action 43): an example of timely reporting worth acknowledging.")
                        .cites(43)
                        .expected("submitted by 30 April 2026").actual("submitted 2 March 2026")
                        .param("state", "France").param("due", "2026-04-30").param("submitted", "2026-03-02")
                        .evidence("inputs/submissions/2025/FRA.yaml", "report.submitted", 7, 14)
                        .recipients("transparency").build());
        List<Indicator> indicators = List.of(new Indicator(19, 1, 0), new Indicator(31, 2, 1), new Indicator(43, 6, 2),
                new Indicator(44, 1, 0), new Indicator(45, 6, 5), new Indicator(46, 6, 5));
        return new Assessment(AS_OF, provenance(), STATES, findings, indicators);
    }

    /** Six months earlier: Nigeria's and Germany's findings were already there; France had not dated its report. */
    public static Assessment previous() {
        Assessment now = assessment();
        List<Finding> kept = now.findings().stream()
                .filter(f -> List.of("T-INIT-OVERDUE:NGA", "T-ANNUAL-LATE:DEU:2025", "T-OLD-FORM:DEU:2025").contains(f.id()))
                .toList();
        List<Finding> findings = new ArrayList<>(kept);
        findings.add(finding("T-SUBMISSION-DATE-NOT-REPORTED", "FRA", 2025, Severity.INFO, FindingKind.NOT_REPORTED, "transparency", List.of(43))
                .rule("the report does not say when it reached the UN").article("Art. 7.2")
                .message("The report of France covering 2025 does not give the date it reached the UN Secretary-General (report.submitted), so whether it was on time cannot be assessed (the project's reading of LAP Action 43). Adding the date lets the coordinator confirm it.")
                        .cites(43)
                .expected("report.submitted: the date of submission").actual("not reported")
                .param("state", "France")
                .evidence("inputs/submissions/2025/FRA.yaml", "report.submitted", null, null)
                .recipients("transparency").build());
        List<Indicator> indicators = List.of(new Indicator(43, 6, 3), new Indicator(44, 1, 1), new Indicator(45, 6, 5),
                new Indicator(46, 6, 6));
        return new Assessment(PREVIOUS_AS_OF, provenance(), STATES, findings, indicators);
    }

    static List<Explanation> explanations() {
        return List.of(new Explanation("T-ANNUAL-LATE:DEU:2025", "T-ANNUAL-LATE",
                "annual transparency report reached the UN after 30 April", "rules/08-transparency/t-annual-late.drl", 8,
                List.of(43), "Art. 7.2", List.of(
                        new Explanation.Binding("$due", "2026-04-30", "derived from the calendar"),
                        new Explanation.Binding("$submitted", "2026-05-20", "inputs/submissions/2025/DEU.yaml:7:14"))));
    }
}
