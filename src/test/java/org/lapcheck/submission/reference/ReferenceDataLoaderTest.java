package org.lapcheck.submission.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.model.Evidence;
import org.lapcheck.model.Machinery;
import org.lapcheck.model.Meeting;
import org.lapcheck.model.Officeholder;
import org.lapcheck.model.Problem;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.model.StateParty;

class ReferenceDataLoaderTest {

    static final String MEMBERSHIP = """
            iso3,name,status,signed,deposited,instrument,entry_into_force,withdrawal_effective,source
            DEU,Germany,state_party,2008-12-03,2009-07-08,ratification,2010-08-01,,https://treaties.un.org; EIF computed
            AGO,Angola,signatory,2008-12-03,,,,,https://treaties.un.org
            LTU,Lithuania,withdrawn,2008-12-03,2011-03-24,ratification,2011-09-01,2025-03-06,"https://treaties.un.org; withdrawal: C.N.347.2024"
            "BOL","Bolivia, Plurinational State of",state_party,2008-12-03,2013-04-30,ratification,2013-10-01,,"a ""quoted"" note"
            """;

    static final String CALENDAR = """
            format: lapcheck-calendar/1
            meetings:
              - id: 11MSP
                kind: msp
                name: Eleventh Meeting of States Parties
                start: 2023-09-11
                end: 2023-09-14
                place: Geneva
                approximate: false
                source: https://example.org/11msp
              - id: IM-2025
                kind: intersessional
                name: Intersessional Meetings
                start: 2025-05-12
                end: 2025-05-13
                approximate: true
            """;

    static final String MACHINERY = """
            format: lapcheck-machinery/1
            term: 3RC presidency
            term_start: 2026-09-01
            term_end: 2027-09-01
            offices:
              - role: president
                holder: LAO
                area: null
                email: president@example.org
                language: en
                mandates: [compliance, early_warning]
              - role: coordinator
                holder: DEU
                area: clearance
              - role: isu
                holder: Implementation Support Unit
            """;

    @TempDir
    Path root;

    private Path inputs(String membership, String calendar, String machinery) throws IOException {
        Path reference = root.resolve("inputs/reference");
        Files.createDirectories(reference);
        if (membership != null) {
            Files.writeString(reference.resolve("membership.csv"), membership);
        }
        if (calendar != null) {
            Files.writeString(reference.resolve("calendar.yaml"), calendar);
        }
        if (machinery != null) {
            Files.writeString(reference.resolve("machinery.yaml"), machinery);
        }
        return root.resolve("inputs");
    }

    private List<String> problemsOf(Path inputs) {
        ReferenceDataException e = catchThrowableOfType(ReferenceDataException.class,
                () -> ReferenceDataLoader.load(inputs, root));
        assertThat(e).as("expected the reference data to be refused").isNotNull();
        return e.problems().stream().map(p -> p.file() + ":" + p.line() + ":" + p.column() + ": " + p.message()).toList();
    }

    @Test
    void loadsMembershipCalendarAndMachineryWithEvidence() throws Exception {
        ReferenceData data = ReferenceDataLoader.load(inputs(MEMBERSHIP, CALENDAR, MACHINERY), root);

        assertThat(data.membership()).extracting(StateParty::iso3).containsExactly("DEU", "AGO", "LTU", "BOL");
        StateParty deu = data.state("DEU").orElseThrow();
        assertThat(deu.entryIntoForce()).isEqualTo(LocalDate.of(2010, 8, 1));
        assertThat(deu.instrument()).isEqualTo("ratification");
        assertThat(deu.source()).isEqualTo(new Evidence("inputs/reference/membership.csv", "DEU", 2, 1));
        assertThat(data.state("AGO").orElseThrow().entryIntoForce()).isNull();
        assertThat(data.state("AGO").orElseThrow().instrument()).isNull();
        assertThat(data.state("LTU").orElseThrow().boundOn(LocalDate.of(2025, 6, 1))).isFalse();

        assertThat(data.calendar()).hasSize(2);
        Meeting msp = data.calendar().get(0);
        assertThat(msp.kind()).isEqualTo(Meeting.Kind.MEETING_OF_STATES_PARTIES);
        assertThat(msp.formal()).isTrue();
        assertThat(msp.start()).isEqualTo(LocalDate.of(2023, 9, 11));
        assertThat(msp.approximate()).isFalse();
        assertThat(msp.evidence()).isEqualTo(new Evidence("inputs/reference/calendar.yaml", "meetings[0]", 3, 5));
        assertThat(data.calendar().get(1).place()).isNull();
        assertThat(data.calendar().get(1).approximate()).isTrue();

        assertThat(data.machinery().term()).isEqualTo("3RC presidency");
        assertThat(data.machinery().termEnd()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(data.machinery().file()).isEqualTo("inputs/reference/machinery.yaml");
        assertThat(data.machinery().withRole("president")).singleElement().satisfies(p -> {
            assertThat(p.holder()).isEqualTo("LAO");
            assertThat(p.mandates()).containsExactly("compliance", "early_warning");
            assertThat(p.evidence().line()).isEqualTo(6);
        });
        assertThat(data.machinery().coordinatorsOf("clearance")).singleElement()
                .satisfies(c -> assertThat(c.email()).isNull());
    }

    @Test
    void readsQuotedCellsWithCommasAndDoubledQuotes() throws Exception {
        ReferenceData data = ReferenceDataLoader.load(inputs(MEMBERSHIP, CALENDAR, MACHINERY), root);

        assertThat(data.state("BOL").orElseThrow().name()).isEqualTo("Bolivia, Plurinational State of");
        assertThat(data.state("BOL").orElseThrow().source().line()).isEqualTo(5);
    }

    @Test
    void reportsEveryProblemOfABrokenCalendar() throws IOException {
        Path inputs = inputs(MEMBERSHIP, """
                format: lapcheck-calendar/1
                meetings:
                  - id: 11MSP
                    kind: msp
                    name: Eleventh Meeting of States Parties
                    start: 2023-09-14
                    end: 2023-09-11
                  - id: 11MSP
                    kind: conference
                    start: 2023-02-30
                    end: 2023-03-01
                    approximate: yes
                    plcae: Geneva
                """, MACHINERY);

        assertThat(problemsOf(inputs)).containsExactly(
                "inputs/reference/calendar.yaml:7:10: meetings[0].end: 2023-09-11 is before the start 2023-09-14",
                "inputs/reference/calendar.yaml:8:5: meetings[1]: missing required key 'name'",
                "inputs/reference/calendar.yaml:8:9: meetings[1].id: duplicate meeting id '11MSP' (first at line 3)",
                "inputs/reference/calendar.yaml:9:11: meetings[1].kind: 'conference' is not one of: msp, review_conference, intersessional, preparatory",
                "inputs/reference/calendar.yaml:10:12: meetings[1].start: not a real date: 2023-02-30",
                "inputs/reference/calendar.yaml:12:18: meetings[1].approximate: 'yes' is ambiguous in YAML: write true or false",
                "inputs/reference/calendar.yaml:13:5: unknown key 'plcae' in meetings[1] (did you mean 'place'?)");
    }

    @Test
    void reportsEveryProblemOfABrokenMembershipFile() throws IOException {
        Path inputs = inputs("""
                iso3,name,status,signed,deposited,instrument,entry_into_force,withdrawal_effective,source
                DEU,Germany,state_party,2008-12-03,2009-07-08,ratification,,,x
                deu,Germany,party,2008-13-03,soon,ratified,2010-08-01,,x
                FRA,France,state_party,2008-12-03,2009-09-25,ratification,2010-08-01,,x,extra
                DEU,Germany,signatory,,,,,,x
                """, CALENDAR, MACHINERY);

        assertThat(problemsOf(inputs)).containsExactly(
                "inputs/reference/membership.csv:2:13: state_party needs the deposit and entry-into-force dates",
                "inputs/reference/membership.csv:3:1: iso3: expected three capital letters but found 'deu'",
                "inputs/reference/membership.csv:3:13: status: 'party' is not one of: state_party, signatory, withdrawn",
                "inputs/reference/membership.csv:3:19: signed: not a real date: '2008-13-03'",
                "inputs/reference/membership.csv:3:30: deposited: expected a date (YYYY-MM-DD) but found 'soon'",
                "inputs/reference/membership.csv:3:35: instrument: 'ratified' is not one of: acceptance, accession, approval, ratification, succession",
                "inputs/reference/membership.csv:4:1: expected 9 cells but found 10 (quote a cell that contains a comma)");
    }

    @Test
    void refusesAMembershipFileWithAnotherHeader() throws IOException {
        Path inputs = inputs("iso,name\nDEU,Germany\n", CALENDAR, MACHINERY);

        assertThat(problemsOf(inputs)).singleElement().asString()
                .startsWith("inputs/reference/membership.csv:1:1: the header must be iso3,name,status,");
    }

    @Test
    void checksTheOfficesOfTheMachinery() throws IOException {
        Path inputs = inputs(MEMBERSHIP, CALENDAR, """
                format: lapcheck-machinery/1
                term: 3RC presidency
                term_start: 2026-09-01
                term_end: 2026-09-01
                offices:
                  - role: coordinator
                    holder: DEU
                  - role: president
                    area: clearance
                    email: not-an-address
                    language: de
                  - role: chair
                """);

        assertThat(problemsOf(inputs)).containsExactly(
                "inputs/reference/machinery.yaml:4:11: term_end: 2026-09-01 is not after term_start 2026-09-01",
                "inputs/reference/machinery.yaml:6:5: offices[0]: a coordinator needs an area (general_status, universalization, stockpile, clearance, risk_education, victim_assistance, cooperation, transparency, national_implementation)",
                "inputs/reference/machinery.yaml:9:11: offices[1].area: only coordinators have an area, not a president",
                "inputs/reference/machinery.yaml:10:12: offices[1].email: not a valid e-mail address: 'not-an-address'",
                "inputs/reference/machinery.yaml:11:15: offices[1].language: 'de' is not one of: en, fr, es, ar, zh, ru",
                "inputs/reference/machinery.yaml:12:11: offices[2].role: 'chair' is not one of: president, president_outgoing, president_designate, coordinator, gender_focal_point, isu");
    }

    @Test
    void namesEveryMissingFileAndAWrongFormatLine() throws IOException {
        assertThat(problemsOf(inputs(null, null, null))).containsExactly(
                "inputs/reference/membership.csv:1:1: missing: the reference data needs this file",
                "inputs/reference/calendar.yaml:1:1: missing: the reference data needs this file",
                "inputs/reference/machinery.yaml:1:1: missing: the reference data needs this file");
        assertThat(problemsOf(inputs(MEMBERSHIP, CALENDAR.replace("calendar/1", "calendar/2"), MACHINERY)))
                .containsExactly("inputs/reference/calendar.yaml:1:9: format: expected 'lapcheck-calendar/1' but found 'lapcheck-calendar/2'");
    }

    @Test
    void theExceptionMessageListsEveryProblemAsFileLineColumn() throws IOException {
        Path inputs = inputs(MEMBERSHIP, "format: lapcheck-calendar/1\nmeetings: [{id: X}]\n", "- not a mapping\n");

        assertThatThrownBy(() -> ReferenceDataLoader.load(inputs, root))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("\ninputs/reference/calendar.yaml:2:12: meetings[0]: missing required key 'kind'\n")
                .hasMessageContaining("\ninputs/reference/machinery.yaml:1:1: the document must be a mapping")
                .satisfies(e -> assertThat(((ReferenceDataException) e).problems()).allSatisfy(p ->
                        assertThat(p.level()).isEqualTo(Problem.Level.ERROR)));
    }

    @Test
    void referenceDataGetsTheLimitsOfASubmissionLinksOutOfTheFolderPipesAndSize() throws IOException {
        Path inputs = inputs(null, null, null);
        Path reference = inputs.resolve("reference");
        Path secret = Files.writeString(root.resolve("secret.csv"), "iso3,secret-token-5f3a\n");
        Files.createSymbolicLink(reference.resolve("membership.csv"), secret);
        Path big = reference.resolve("machinery.yaml");
        try (java.io.OutputStream out = Files.newOutputStream(big)) {
            byte[] line = ("# " + "x".repeat(1021) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (int i = 0; i < 3 * 1024; i++) {
                out.write(line);
            }
        }
        boolean fifo = org.lapcheck.cli.Fifos.make(reference.resolve("calendar.yaml"));

        List<String> problems = problemsOf(inputs);

        assertThat(problems).contains("inputs/reference/membership.csv:1:1: a link to a file outside inputs/, so not read; "
                + "put the file itself there")
                .contains("inputs/reference/machinery.yaml:1:1: the file is " + Files.size(big)
                        + " bytes, more than the limit of 2097152 bytes (2 MiB); an input file is a few kilobytes");
        if (fifo) {
            assertThat(problems).contains("inputs/reference/calendar.yaml:1:1: not a regular file, so not read; an input "
                    + "is a file of text");
        }
        assertThat(String.join("\n", problems)).doesNotContain("secret-token");
    }

    @Test
    void aControlCharacterInAStatesNameIsRefusedAtLoadWithItsPlace() throws IOException {
        String membership = MEMBERSHIP.replace("DEU,Germany,", "DEU,\"Germany\r\nBcc: all@example.org\",")
                .replace("AGO,Angola,", "AGO,\"Ango\u202Ela\",");

        List<String> problems = problemsOf(inputs(membership, CALENDAR, MACHINERY));

        assertThat(problems).contains("inputs/reference/membership.csv:2:5: name: holds the character U+000D, which "
                + "no name may hold ('Germany\\r\\nBcc: all@example.org')")
                .contains("inputs/reference/membership.csv:4:5: name: holds the character U+202E, which no name may hold "
                        + "('Ango\\u202Ela')");
    }
    @Test
    void aControlOrBidiCharacterInTheCalendarIsRefusedAtLoadWithItsPlace() throws IOException {
        String calendar = CALENDAR.replace("name: Eleventh Meeting of States Parties",
                        "name: \"Eleventh Meeting\\r\\nBcc: all@example.org\"")
                .replace("place: Geneva", "place: \"Gen\u202Eeva\"")
                .replace("name: Intersessional Meetings", "name: \"Intersessional\\u0085Meetings\"");

        List<String> problems = problemsOf(inputs(MEMBERSHIP, calendar, MACHINERY));

        assertThat(problems).containsExactly(
                "inputs/reference/calendar.yaml:5:11: meetings[0].name: holds the character U+000D, which no value of "
                        + "the reference data may hold ('Eleventh Meeting\\r\\nBcc: all@example.org')",
                "inputs/reference/calendar.yaml:8:12: meetings[0].place: holds the character U+202E, which no value of "
                        + "the reference data may hold ('Gen\\u202Eeva')",
                "inputs/reference/calendar.yaml:13:11: meetings[1].name: holds the character U+0085, which no value of "
                        + "the reference data may hold ('Intersessional\\u0085Meetings')");
    }

    @Test
    void aControlOrBidiCharacterInTheMachineryIsRefusedAtLoadWithItsPlace() throws IOException {
        // Every kind of machinery text: holder, e-mail, role, mandate, term; bidi marks and isolates as well as overrides.
        String machinery = MACHINERY.replace("term: 3RC presidency", "term: \"3RC\\tpresidency\"")
                .replace("holder: LAO", "holder: \"LA\u2066O\"")
                .replace("email: president@example.org", "email: \"president@example.org\\nBcc: x@example.org\"")
                .replace("mandates: [compliance, early_warning]", "mandates: [compliance, \"early\u200Fwarning\"]")
                .replace("role: isu", "role: \"is\u061Cu\"");

        List<String> problems = problemsOf(inputs(MEMBERSHIP, CALENDAR, machinery));

        assertThat(problems).contains(
                "inputs/reference/machinery.yaml:2:7: term: holds the character U+0009, which no value of the reference "
                        + "data may hold ('3RC\\tpresidency')",
                "inputs/reference/machinery.yaml:7:13: offices[0].holder: holds the character U+2066, which no value of "
                        + "the reference data may hold ('LA\\u2066O')",
                "inputs/reference/machinery.yaml:9:12: offices[0].email: holds the character U+000A, which no value of "
                        + "the reference data may hold ('president@example.org\\nBcc: x@example.org')",
                "inputs/reference/machinery.yaml:11:28: offices[0].mandates[1]: holds the character U+200F, which no "
                        + "value of the reference data may hold ('early\\u200Fwarning')",
                "inputs/reference/machinery.yaml:15:11: offices[2].role: holds the character U+061C, which no value of "
                        + "the reference data may hold ('is\\u061Cu')");
    }
    static final String SUCCESSIVE_TERMS = """
            format: lapcheck-machinery/1
            term: 3RC presidency
            term_start: 2025-09-19
            term_end: 2026-09-18
            offices:
              - role: president
                holder: PHL
                email: president-phl@example.org
                from: 2024-09-13
                until: 2025-09-19
              - role: president
                holder: LAO
                email: president-lao@example.org
              - role: coordinator
                area: clearance
                holder: ITA
              - role: coordinator
                area: clearance
                holder: NOR
                from: 2024-09-13
              - role: president_designate
                holder: null
            """;

    @Test
    void successiveHoldersOfAnOfficeEachServeTheirTermAndEntriesWithoutDatesServeTheFilesTerm() throws Exception {
        Machinery machinery = ReferenceDataLoader.load(inputs(MEMBERSHIP, CALENDAR, SUCCESSIVE_TERMS), root).machinery();

        assertThat(machinery.withRole("president")).extracting(Officeholder::holder, Officeholder::from, Officeholder::until)
                .containsExactly(tuple("PHL", LocalDate.of(2024, 9, 13), LocalDate.of(2025, 9, 19)),
                        tuple("LAO", LocalDate.of(2025, 9, 19), LocalDate.of(2026, 9, 18)));
        assertThat(machinery.coordinatorsOf("clearance")).extracting(Officeholder::from)
                .containsExactly(LocalDate.of(2025, 9, 19), LocalDate.of(2024, 9, 13));

        // The handover day (the close of the 13MSP) belongs to the successor: until is the day the next term begins.
        assertThat(machinery.onDate(LocalDate.of(2025, 9, 18)).withRole("president")).extracting(Officeholder::holder)
                .containsExactly("PHL");
        assertThat(machinery.onDate(LocalDate.of(2025, 9, 19)).withRole("president")).extracting(Officeholder::holder)
                .containsExactly("LAO");
        assertThat(machinery.onDate(LocalDate.of(2025, 1, 1)).coordinatorsOf("clearance")).extracting(Officeholder::holder)
                .containsExactly("NOR");
        assertThat(machinery.onDate(LocalDate.of(2025, 1, 1)).term()).isEqualTo("term in force on 2025-01-01");
        assertThat(machinery.onDate(LocalDate.of(2026, 1, 1)).term()).isEqualTo("3RC presidency");
        assertThat(machinery.onDate(LocalDate.of(2026, 9, 18)).term()).isEqualTo("term in force on 2026-09-18");

        assertThat(machinery.vacantOn(LocalDate.of(2025, 1, 1)))
                .containsExactly(new Machinery.Office("president_designate", null));
        assertThat(machinery.vacantOn(LocalDate.of(2024, 1, 1))).containsExactly(
                new Machinery.Office("president", null), new Machinery.Office("coordinator", "clearance"),
                new Machinery.Office("president_designate", null));
        assertThat(machinery.vacantOn(LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(machinery.onDate(LocalDate.of(2026, 9, 18)).offices()).extracting(Officeholder::holder)
                .as("after term_end only entries with their own later until serve").isEmpty();
    }

    @Test
    void twoHoldersOfATroikaSeatOnOneDayOrOneHolderListedTwiceAreErrorsAtTheLaterEntry() throws IOException {
        Path inputs = inputs(MEMBERSHIP, CALENDAR, SUCCESSIVE_TERMS
                .replace("until: 2025-09-19", "until: 2025-10-01")
                + """
                  - role: coordinator
                    area: clearance
                    holder: ITA
                    from: 2026-01-01
                """);

        assertThat(problemsOf(inputs)).containsExactly(
                "inputs/reference/machinery.yaml:11:5: offices[1]: LAO from 2025-09-19 until 2026-09-18 overlaps offices[0], "
                        + "PHL from 2024-09-13 until 2025-10-01: two holders of the president on 2025-09-19, which has one "
                        + "holder at a time; a term's until is the day the next one begins",
                "inputs/reference/machinery.yaml:26:11: offices[5]: ITA from 2026-01-01 until 2026-09-18 overlaps offices[2], "
                        + "ITA from 2025-09-19 until 2026-09-18: the same holder listed twice for the coordinator for "
                        + "clearance on 2026-01-01; a term's until is the day the next one begins");
    }

    @Test
    void aTermEndingOnOrBeforeItsStartIsAnErrorAtItsDate() throws IOException {
        Path inputs = inputs(MEMBERSHIP, CALENDAR, SUCCESSIVE_TERMS
                .replace("until: 2025-09-19", "until: 2024-09-01")
                .replace("    holder: LAO\n", "    holder: LAO\n    until: 2025-09-19\n")
                .replace("    holder: NOR\n    from: 2024-09-13", "    holder: NOR\n    from: 2026-09-18"));

        assertThat(problemsOf(inputs)).containsExactly(
                "inputs/reference/machinery.yaml:10:12: offices[0].until: 2024-09-01 is not after from 2024-09-13",
                "inputs/reference/machinery.yaml:13:12: offices[1].until: 2025-09-19 is not after the term_start 2025-09-19",
                "inputs/reference/machinery.yaml:21:11: offices[3].from: 2026-09-18 is not before the term_end 2026-09-18, "
                        + "where an entry without until ends");
    }
    @Test
    void theBundledMachineryHasTheThirteenthMspTroikaBeforeTheLaoPresidency() throws Exception {
        Machinery machinery = ReferenceDataLoader.load(org.lapcheck.TestProject.inputs(),
                org.lapcheck.TestProject.inputs().getParent()).machinery();

        assertThat(troika(machinery.onDate(LocalDate.of(2025, 3, 1)))).containsExactly("PHL", "MEX", "LAO");
        assertThat(troika(machinery.onDate(LocalDate.of(2025, 11, 29)))).containsExactly("LAO", "PHL");
        assertThat(troika(machinery.onDate(LocalDate.of(2026, 11, 29)))).containsExactly("LAO", "PHL", null);
        assertThat(machinery.onDate(LocalDate.of(2026, 11, 29)).coordinatorsOf("clearance")).hasSize(2);
        assertThat(machinery.onDate(LocalDate.of(2025, 11, 29)).withRole("coordinator"))
                .as("no coordinator before the file's own term is recorded").isEmpty();
    }

    @Test
    void theMachineryRecordsEachStatesLanguageAndRefusesAStateListedTwice() {
        String head = """
                format: lapcheck-machinery/1
                term: test
                term_start: 2026-09-18
                term_end: 2027-09-16
                offices: []
                """;
        Machinery m = ReferenceDataLoader.machineryFromText("machinery.yaml", head + """
                states:
                  - iso3: LBN
                    language: ar
                  - iso3: CHN
                    language: zh
                """);
        assertThat(m.stateLanguage("LBN")).isEqualTo("ar");
        assertThat(m.onDate(LocalDate.of(2026, 11, 29)).stateLanguage("CHN")).as("kept on any date").isEqualTo("zh");
        assertThat(m.stateLanguage("DEU")).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReferenceDataLoader.machineryFromText("machinery.yaml", head + """
                states:
                  - iso3: LBN
                    language: ar
                  - iso3: LBN
                    language: fr
                """)).hasMessageContaining("LBN is listed twice");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReferenceDataLoader.machineryFromText("machinery.yaml", head + """
                states:
                  - iso3: LBN
                    language: de
                """)).hasMessageContaining("states[0].language");
    }

    @Test
    void theBundledMachineryGivesSomeStatesTheirLanguage() throws Exception {
        Machinery machinery = ReferenceDataLoader.load(org.lapcheck.TestProject.inputs(),
                org.lapcheck.TestProject.inputs().getParent()).machinery();
        assertThat(machinery.stateLanguage("LBN")).isEqualTo("ar");
        assertThat(machinery.stateLanguage("FRA")).isEqualTo("fr");
    }

    private static List<String> troika(Machinery m) {
        List<String> holders = new java.util.ArrayList<>();
        for (String role : List.of("president", "president_outgoing", "president_designate")) {
            m.withRole(role).forEach(o -> holders.add(o.holder()));
        }
        return holders;
    }
}
