package org.lapcheck.submission;

import org.lapcheck.submission.yaml.SafeYaml;
import org.lapcheck.submission.yaml.YamlDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.model.Clearance;
import org.lapcheck.model.Extension;
import org.lapcheck.model.Position;
import org.lapcheck.model.Problem;
import org.lapcheck.model.Quantity;
import org.lapcheck.model.SelfReport;

class SubmissionLoaderTest {

    static final Set<String> KNOWN = Set.of("DEU", "FRA", "LAO", "NOR", "USA");
    static final String MINIMAL = "format: lap-self-report/1\nstate: {iso3: DEU}\nreport: {kind: annual, covers: 2024}\n";

    @TempDir
    Path root;

    static String fullReport() {
        try (InputStream in = SubmissionLoaderTest.class.getResourceAsStream("full-report.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private LoadResult load(String text) throws IOException {
        return new SubmissionLoader(root, KNOWN).load(write("inputs/submissions/2024/DEU.yaml", text));
    }

    private static List<String> messages(LoadResult r) {
        return r.problems().stream().map(Problem::message).toList();
    }

    @Test
    void mapsEverySectionOfTheFormat() throws IOException {
        LoadResult result = load(fullReport());

        assertThat(result.problems()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.file()).isEqualTo("inputs/submissions/2024/DEU.yaml");
        SelfReport r = result.report();
        assertThat(r.iso3()).isEqualTo("DEU");
        assertThat(r.year()).isEqualTo(2024);
        assertThat(r.file()).isEqualTo("inputs/submissions/2024/DEU.yaml");
        assertThat(r.stateName()).isEqualTo("Germany");

        assertThat(r.report().kind()).isEqualTo("annual");
        assertThat(r.report().submitted()).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(r.report().form()).isEqualTo("revised-2022");
        assertThat(r.report().contact().email()).isEqualTo("desk@example.org");
        assertThat(r.report().assistanceRequested()).isFalse();

        assertThat(r.nationalImplementation().status()).isEqualTo("dedicated_law");
        assertThat(r.nationalImplementation().penalSanctions()).isTrue();
        assertThat(r.nationalImplementation().measures()).singleElement()
                .satisfies(m -> assertThat(m.adopted()).isEqualTo(LocalDate.of(2009, 6, 6)));

        assertThat(r.stockpile().held()).isTrue();
        assertThat(r.stockpile().atEntryIntoForce()).isEqualTo(new Quantity(1000L, 50000L));
        assertThat(r.stockpile().remaining()).isEqualTo(new Quantity(100L, 5000L));
        assertThat(r.stockpile().plan().annualTarget()).isEqualTo(new Quantity(100L, 5000L));
        assertThat(r.stockpile().complianceDeclared()).isEqualTo(LocalDate.of(2024, 12, 15));
        assertThat(r.stockpile().discoveredAfterCompletion()).singleElement()
                .isEqualTo(new org.lapcheck.model.Stockpile.Discovery(0, LocalDate.of(2024, 12, 1), 3L, 120L, true));
        assertThat(r.stockpile().extensions()).containsExactly(new Extension(0, LocalDate.of(2018, 10, 31),
                LocalDate.of(2025, 8, 1), LocalDate.of(2019, 9, 4), LocalDate.of(2025, 8, 1), "9MSP", null, true, false));
        assertThat(r.stockpile().methodsMeetStandards()).isTrue();

        assertThat(r.retention().retaining()).isTrue();
        assertThat(r.retention().usedInPeriod()).isEqualTo(new Quantity(2L, 80L));
        assertThat(r.retention().transfers()).singleElement().satisfies(t -> assertThat(t.to()).isEqualTo("FRA"));

        Clearance c = r.clearance();
        assertThat(c.areaRemainingKm2()).isEqualTo(3.25);
        assertThat(c.releasedKm2()).isEqualTo(2.25);
        assertThat(c.submunitionsDestroyedInPeriod()).isEqualTo(410L);
        assertThat(c.workplan()).containsExactly(new Clearance.WorkplanYear(0, 2025, 1.5),
                new Clearance.WorkplanYear(1, 2026, 1.75));
        assertThat(c.completed()).isNull();
        assertThat(c.extensions()).singleElement().satisfies(e -> {
            assertThat(e.pending()).isTrue();
            assertThat(e.forum()).isEqualTo("silence procedure");
            assertThat(e.exceptionalCircumstances()).isTrue();
        });
        assertThat(c.nationalStandardsUpdated()).isTrue();

        assertThat(r.riskEducation().beneficiaries().disaggregated()).isTrue();
        assertThat(r.riskEducation().emergencyWarnings()).isTrue();

        assertThat(r.victimAssistance().focalPoint().institution()).isEqualTo("Ministry of Health");
        assertThat(r.victimAssistance().nationalPlan().ends()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(r.victimAssistance().casualtyDataDisaggregatedBy()).containsExactly("sex", "age", "disability");
        assertThat(r.victimAssistance().services()).hasSize(4);
        assertThat(r.victimAssistance().needsAssessed()).isTrue();

        assertThat(r.cooperation().provided()).singleElement().satisfies(p -> {
            assertThat(p.amountUsd()).isEqualTo(1_500_000.0);
            assertThat(p.year()).isEqualTo(2024);
        });
        assertThat(r.cooperation().received()).singleElement().satisfies(p -> assertThat(p.amountUsd()).isEqualTo(25000.5));
        assertThat(r.cooperation().resourceMobilisationPlan()).isTrue();
        assertThat(r.cooperation().countryCoalition()).isFalse();

        assertThat(r.universalization().promotion()).singleElement().satisfies(p -> {
            assertThat(p.target()).isEqualTo("USA");
            assertThat(p.kind()).isEqualTo("bilateral");
        });
        assertThat(r.universalization().condemnations()).singleElement()
                .satisfies(x -> assertThat(x.forum()).startsWith("UN General Assembly"));
        assertThat(r.universalization().responsesToUse()).singleElement().satisfies(x -> {
            assertThat(x.instance()).isEqualTo("TST-2012");
            assertThat(x.description()).isEqualTo("use of cluster munitions in a test territory");
            assertThat(x.date()).isEqualTo(LocalDate.of(2024, 9, 10));
            assertThat(x.form()).isEqualTo("meeting_statement");
            assertThat(x.forum()).isEqualTo("12MSP");
        });

        assertThat(r.compliance().deadlineRiskNotified()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(r.compliance().clarificationRequests()).singleElement()
                .satisfies(q -> assertThat(q.answered()).isEqualTo(LocalDate.of(2024, 2, 20)));

        assertThat(r.genderDiversity().delegation().women()).isEqualTo(3L);
        assertThat(r.finance().arrearsYears()).containsExactly(2022, 2023);
        assertThat(r.crossCutting().nationalAuthority().nationalBudget()).isTrue();
        assertThat(r.crossCutting().informationManagement()).isTrue();
        assertThat(r.crossCutting().partners()).containsExactly("ICRC", "HALO Trust");
        assertThat(r.crossCutting().synergies()).containsExactly("APMBC", "CCW Protocol V");
    }

    @Test
    void everyKeyOfTheFormatReachesTheModel() {
        YamlDocument doc = SafeYaml.parse("full.yaml", fullReport().getBytes(StandardCharsets.UTF_8));
        ShapeChecker checker = new ShapeChecker("full.yaml", Problem.Level.WARNING);
        Checked checked = checker.checkRoot(doc.root(), SelfReportFormat.ROOT);

        SelfReportMapper.map(checked, "DEU", 2024, "full.yaml", new org.lapcheck.model.SourceMap("full.yaml", java.util.Map.of()));

        assertThat(checker.read()).containsExactlyInAnyOrderElementsOf(Shape.paths(SelfReportFormat.ROOT));
    }

    @Test
    void buildsASourceMapOfEveryValue() throws IOException {
        SelfReport r = load(fullReport()).report();

        assertThat(r.source().positions())
                .containsEntry("report.submitted", new Position(7, 14))
                .containsEntry("stockpile.extensions[0].submitted", new Position(36, 18))
                .containsEntry("stockpile.extensions[0]", new Position(36, 7))
                .containsEntry("clearance.workplan[1].planned_km2", new Position(68, 20))
                .containsEntry("state.iso3", new Position(3, 15))
                .containsKey("clearance")
                .containsKey("victim_assistance.focal_point");
        assertThat(r.evidence("clearance.completed").line()).isEqualTo(69);
        assertThat(r.evidence("clearance.extensions[3].decided").line())
                .isEqualTo(r.source().positions().get("clearance.extensions").line());
    }

    @Test
    void reportsEveryProblemOfAFileAtOnceWithLineAndColumn() throws IOException {
        LoadResult result = load("""
                format: lap-self-report/1
                state: {iso3: DEU}
                report:
                  kind: yearly
                  covers: 2024
                  submitted: soon
                clearence:
                  contaminated: true
                stockpile:
                  held: yes
                  remaining: {munitions: -3, submunitions: 2.5}
                  completed: 2025-02-30
                """);

        assertThat(result.report()).isNull();
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).extracting(Problem::line, Problem::column, Problem::level).containsExactly(
                tuple(4, 9, Problem.Level.ERROR),
                tuple(6, 14, Problem.Level.ERROR),
                tuple(7, 1, Problem.Level.WARNING),
                tuple(10, 9, Problem.Level.ERROR),
                tuple(11, 26, Problem.Level.ERROR),
                tuple(11, 44, Problem.Level.ERROR),
                tuple(12, 14, Problem.Level.ERROR));
        assertThat(messages(result)).containsExactly(
                "report.kind: 'yearly' is not one of: initial, annual",
                "report.submitted: expected a date (YYYY-MM-DD) but found 'soon'",
                "unknown key 'clearence' (did you mean 'clearance'?)",
                "stockpile.held: 'yes' is ambiguous in YAML: write true or false",
                "stockpile.remaining.munitions: must not be negative but is -3",
                "stockpile.remaining.submunitions: expected a whole number but found '2.5'",
                "stockpile.completed: not a real date: 2025-02-30");
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("inputs/submissions/2024/DEU.yaml"));
    }

    @Test
    void rejectsDuplicateKeysAtTheirLine() throws IOException {
        LoadResult result = load(MINIMAL + "clearance:\n  contaminated: true\n  contaminated: false\n");

        assertThat(result.report()).isNull();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.message()).contains("duplicate key 'contaminated'");
        });
    }

    @Test
    void refusesJavaObjectTags() throws IOException {
        LoadResult result = load(MINIMAL + "clearance: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[x]]]\n");

        assertThat(result.report()).isNull();
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(4));
    }

    @Test
    void stopsBillionLaughs() throws IOException {
        StringBuilder yaml = new StringBuilder(MINIMAL).append("x0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("x").append(i).append(": &x").append(i).append(" [");
            yaml.append(String.join(", ", java.util.Collections.nCopies(9, "*x" + (i - 1)))).append("]\n");
        }

        LoadResult result = load(yaml.toString());

        assertThat(result.report()).isNull();
        assertThat(messages(result)).singleElement().asString().contains("aliases");
    }

    @Test
    void rejectsStateThatDoesNotMatchFileName() throws IOException {
        Path file = write("inputs/submissions/2024/FRA.yaml", MINIMAL);

        LoadResult result = new SubmissionLoader(root, KNOWN).load(file);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("state.iso3 is 'DEU' but the file is named FRA.yaml; they must match");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(15);
        });
    }

    @Test
    void rejectsAnUnknownOrMalformedStateCode() throws IOException {
        Path unknown = write("inputs/submissions/2024/XYZ.yaml", MINIMAL.replace("DEU", "XYZ"));
        Path lower = write("inputs/submissions/2024/deu.yaml", MINIMAL.replace("DEU", "deu"));
        SubmissionLoader loader = new SubmissionLoader(root, KNOWN);

        assertThat(messages(loader.load(unknown))).containsExactly("state.iso3: unknown ISO3 code 'XYZ' (not in the membership data)");
        assertThat(messages(loader.load(lower))).containsExactly(
                "state.iso3: expected an ISO 3166-1 alpha-3 code (three capital letters) but found 'deu'");
    }

    @Test
    void rejectsAYearThatDoesNotMatchTheFolder() throws IOException {
        Path file = write("inputs/submissions/2023/DEU.yaml", MINIMAL);

        LoadResult result = new SubmissionLoader(root, KNOWN).load(file);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("report.covers is 2024 but the file is in folder 2023; they must match");
            assertThat(p.line()).isEqualTo(3);
        });
    }

    @Test
    void takesTheYearFromTheFolderWhenTheReportDoesNotSay() throws IOException {
        LoadResult result = load("format: lap-self-report/1\nstate: {iso3: DEU}\n");

        assertThat(result.ok()).isTrue();
        assertThat(result.report().year()).isEqualTo(2024);
        assertThat(result.report().report()).isNull();
    }

    @Test
    void needsTheYearSomewhere() throws IOException {
        Path file = write("drafts/DEU.yaml", "format: lap-self-report/1\nstate: {iso3: DEU}\n");

        LoadResult result = new SubmissionLoader(root, KNOWN).load(file);

        assertThat(messages(result)).singleElement().asString().contains("report.covers is missing");
        assertThat(result.file()).isEqualTo("drafts/DEU.yaml");
    }

    @Test
    void unknownKeyIsAWarningWithSuggestion() throws IOException {
        LoadResult result = load(MINIMAL + "clearence:\n  contaminated: true\nstockpile:\n  helt: true\n  zzz: 1\n");

        assertThat(result.ok()).isTrue();
        assertThat(result.report().clearance()).isNull();
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.isError()).isFalse());
        assertThat(messages(result)).containsExactly(
                "unknown key 'clearence' (did you mean 'clearance'?)",
                "unknown key 'helt' in stockpile (did you mean 'held'?)",
                "unknown key 'zzz' in stockpile");
    }

    @Test
    void impossibleDateIsAnError() throws IOException {
        LoadResult result = load(MINIMAL.replace("covers: 2024}", "covers: 2024, submitted: 2025-02-30}"));

        assertThat(result.report()).isNull();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("report.submitted: not a real date: 2025-02-30");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(49);
        });
    }

    @Test
    void missingSectionMeansNotReported() throws IOException {
        LoadResult result = load(MINIMAL + "clearance: null\nstockpile:\nretention: {}\nvictim_assistance: {services: ~}\n");

        assertThat(result.problems()).isEmpty();
        SelfReport r = result.report();
        assertThat(r.clearance()).isNull();
        assertThat(r.stockpile()).isNull();
        assertThat(r.nationalImplementation()).isNull();
        assertThat(r.crossCutting()).isNull();
        assertThat(r.retention().munitions()).isNull();
        assertThat(r.retention().transfers()).isEmpty();
        assertThat(r.victimAssistance().services()).isNull();
        assertThat(r.victimAssistance().hasVictims()).isNull();
    }

    @Test
    void refusesWrongTypesWithMessagesThatSayWhatToWrite() throws IOException {
        LoadResult result = load(MINIMAL + """
                clearance:
                  contaminated: "true"
                  hazardous_areas_marked: maybe
                  area_remaining_km2: -0.5
                  submunitions_destroyed_in_period: "12"
                  workplan:
                    - year: 1999
                    - just text
                  extensions: {submitted: 2020-01-01}
                finance: {arrears_years: [2021, twenty]}
                report_extra: 1
                """);

        assertThat(messages(result)).containsExactly(
                "clearance.contaminated: expected true or false but found the text 'true' (remove the quotes)",
                "clearance.hazardous_areas_marked: expected true or false but found 'maybe'",
                "clearance.area_remaining_km2: must not be negative but is -0.5",
                "clearance.submunitions_destroyed_in_period: expected a whole number but found the text '12' (remove the quotes)",
                "clearance.workplan[0].year: year 1999 is not plausible (expected 2008..2200)",
                "clearance.workplan[1]: item 2 of the list must be a mapping (key: value) but is 'just text'",
                "clearance.extensions: expected a list but found a mapping",
                "finance.arrears_years[1]: expected a year (a whole number) but found 'twenty'",
                "unknown key 'report_extra'");
    }

    @Test
    void checksEnumerationsAndEmailAddresses() throws IOException {
        LoadResult result = load("""
                format: lap-self-report/1
                state: {iso3: DEU}
                report: {kind: annual, covers: 2024, form: revised, contact: {email: desk.example.org}}
                national_implementation: {status: drafted}
                victim_assistance: {casualty_data_disaggregated_by: [sex, gender], services: [medical, medical]}
                universalization: {promotion: [{target: usa, kind: multilateral}]}
                """);

        assertThat(messages(result)).containsExactly(
                "report.form: 'revised' is not one of: original, revised-2022",
                "report.contact.email: not a valid e-mail address: 'desk.example.org'",
                "national_implementation.status: 'drafted' is not one of: dedicated_law, existing_law_sufficient, in_progress, none",
                "victim_assistance.casualty_data_disaggregated_by[1]: 'gender' is not one of: sex, age, disability",
                "victim_assistance.services[1]: 'medical' is listed twice",
                "universalization.promotion[0].target: expected an ISO 3166-1 alpha-3 code (three capital letters) but found 'usa'",
                "universalization.promotion[0].kind: 'multilateral' is not one of: bilateral, regional, un");
    }

    @Test
    void misspelledWordSuggestsTheClosestValue() throws IOException {
        LoadResult result = load(MINIMAL.replace("kind: annual", "kind: anual"));

        assertThat(messages(result)).containsExactly("report.kind: 'anual' is not one of: initial, annual (did you mean 'annual'?)");
    }

    @Test
    void aDumpedPartialReportLoadsBack() {
        java.util.Map<String, Object> partial = new java.util.LinkedHashMap<>();
        partial.put("format", "lap-self-report/1");
        partial.put("state", java.util.Map.of("iso3", "LAO"));
        partial.put("clearance", java.util.Map.of("contaminated", true, "area_remaining_km2", 12.5,
                "extensions", List.of(java.util.Map.of("submitted", LocalDate.of(2024, 11, 30)))));

        LoadResult result = new SubmissionLoader(root, KNOWN).loadText("case", SafeYaml.dump(partial), 2024, "LAO");

        assertThat(result.problems()).isEmpty();
        assertThat(result.report().clearance().extensions()).singleElement()
                .satisfies(e -> assertThat(e.submitted()).isEqualTo(LocalDate.of(2024, 11, 30)));
        assertThat(result.report().year()).isEqualTo(2024);
    }

    @Test
    void requiresTheFormatLineAndTheState() throws IOException {
        assertThat(messages(load("state: {iso3: DEU}\n"))).containsExactly("missing required key 'format'");
        assertThat(messages(load("format: lap-self-report/2\nstate: {name: Germany}\n"))).containsExactly(
                "format: unsupported format 'lap-self-report/2'; this tool reads 'lap-self-report/1'",
                "state: missing required key 'iso3'");
        assertThat(messages(load("- format\n"))).singleElement().asString().startsWith("the document must be a mapping");
        assertThat(messages(load(""))).singleElement().asString().contains("but is nothing");
    }

    @Test
    void loadTextTakesStateAndYearFromTheDocumentWhenNotExpected() {
        SubmissionLoader loader = new SubmissionLoader(root, KNOWN);

        LoadResult free = loader.loadText("rules/x.cases.yaml#1", MINIMAL.replace("DEU", "FRA"), null, null);
        LoadResult expected = loader.loadText("case", MINIMAL, 2023, "FRA");

        assertThat(free.ok()).isTrue();
        assertThat(free.report().iso3()).isEqualTo("FRA");
        assertThat(free.report().year()).isEqualTo(2024);
        assertThat(free.report().file()).isEqualTo("rules/x.cases.yaml#1");
        assertThat(messages(expected)).containsExactly(
                "state.iso3 is 'DEU' but the expected state is FRA; they must match",
                "report.covers is 2024 but the expected year is 2023; they must match");
    }

    @Test
    void hashesTheBytesItRead() throws IOException {
        LoadResult result = load(MINIMAL);

        assertThat(result.sha256()).isEqualTo(Hashes.sha256(MINIMAL.getBytes(StandardCharsets.UTF_8))).hasSize(64);
    }

    @Test
    void refusesAnOversizedFileWithoutReadingIt() throws IOException {
        Path file = write("inputs/submissions/2024/DEU.yaml", "");
        Files.write(file, new byte[SafeYaml.MAX_BYTES + 10]);

        LoadResult result = new SubmissionLoader(root, KNOWN).load(file);

        assertThat(messages(result)).singleElement().asString().contains("more than the limit");
        assertThat(result.sha256()).isNull();
    }

    @Test
    void aMissingFileIsAProblemNotAnException() {
        LoadResult result = new SubmissionLoader(root, KNOWN).load(root.resolve("inputs/submissions/2024/DEU.yaml"));

        assertThat(result.ok()).isFalse();
        assertThat(messages(result)).singleElement().asString().startsWith("cannot read the file");
    }

    @Test
    void refusesA50MegabyteFileWithoutReadingIt() throws IOException {
        Path file = root.resolve("inputs/submissions/2024/DEU.yaml");
        Files.createDirectories(file.getParent());
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            out.write(MINIMAL.getBytes(StandardCharsets.UTF_8));
            byte[] filler = ("# " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 50 * 1024; i++) {
                out.write(filler);
            }
        }
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        LoadResult result = new SubmissionLoader(root, KNOWN).load(file);

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        long size = Files.size(file);
        assertThat(size).isGreaterThan(50L * 1024 * 1024);
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.toString()).isEqualTo(
                "inputs/submissions/2024/DEU.yaml:1:1: error: the file is " + size + " bytes, more than the limit of"
                        + " 2097152 bytes (2 MiB); an input file is a few kilobytes"));
        assertThat(allocated).as("bytes allocated while refusing a 50 MB file").isLessThan(1_000_000L);
    }

    @Test
    void neverReadsMoreThanTheLimitWhateverSizeTheFileClaims() throws IOException {
        Path file = write("inputs/submissions/2024/DEU.yaml", "x".repeat(5000));

        assertThat(SubmissionLoader.readAtMost(file, 4999)).isNull();
        assertThat(SubmissionLoader.readAtMost(file, 5000)).hasSize(5000);
    }

    @Test
    void listsAtMostAHundredProblemsOfAFileAndCountsTheRest() throws IOException {
        String bad = MINIMAL + "finance:\n  arrears_years: [" + String.join(",", java.util.Collections.nCopies(5000, "x")) + "]\n";

        LoadResult result = load(bad);

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).hasSize(SubmissionLoader.MAX_PROBLEMS + 1);
        assertThat(result.problems().get(SubmissionLoader.MAX_PROBLEMS).message())
                .isEqualTo("and 4900 more problem(s) from here on, not listed; correct the ones above first");
    }

    @Test
    void aFolderWhereAReportShouldBeIsNotARegularFile() throws IOException {
        Path folder = root.resolve("inputs/submissions/2024/DEU.yaml");
        Files.createDirectories(folder);

        LoadResult result = new SubmissionLoader(root, KNOWN).load(folder);

        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("not a regular file"));
    }

    @Test
    void mapsResponsesToUseAndWarnsAtAnIdTheRegisterLacks() throws IOException {
        String text = """
                format: lap-self-report/1
                state: {iso3: DEU}
                report: {kind: annual, covers: 2024}
                universalization:
                  responses_to_use:
                    - {instance: TST-2012, date: 2024-09-10, form: meeting_statement, forum: 12MSP}
                    - {instance: TST-2021, date: 2024-10-27, form: joint_statement, forum: UNGA First Committee}
                    - {description: use in a neighbouring state, date: 2024-03-02, form: demarche}
                    - {form: press_release}
                """;
        Path file = write("inputs/submissions/2024/DEU.yaml", text);
        LoadResult checked = new SubmissionLoader(root, KNOWN).withUseRegister(java.util.Set.of("TST-2012"),
                "inputs/reference/use-register.yaml").load(file);

        // a form outside the list is an error (a wrong value), as everywhere in the format
        assertThat(checked.problems()).anyMatch(p -> p.isError() && p.line() == 9 && p.message().contains("press_release"));
        Path fixed = write("inputs/submissions/2024/DEU.yaml", text.replace("{form: press_release}", "{form: other}"));
        LoadResult ok = new SubmissionLoader(root, KNOWN).withUseRegister(java.util.Set.of("TST-2012"),
                "inputs/reference/use-register.yaml").load(fixed);
        assertThat(ok.ok()).isTrue();
        assertThat(ok.problems()).extracting(Problem::line, Problem::level).containsExactly(
                org.assertj.core.groups.Tuple.tuple(7, Problem.Level.WARNING),
                org.assertj.core.groups.Tuple.tuple(9, Problem.Level.WARNING));
        assertThat(ok.problems().get(0).message()).contains("'TST-2021' is not an instance in the register")
                .contains("did you mean 'TST-2012'?");
        assertThat(ok.problems().get(1).message()).contains("names no instance");
        List<org.lapcheck.model.Universalization.ResponseToUse> responses = ok.report().universalization().responsesToUse();
        assertThat(responses).extracting(r -> r.instance(), r -> r.form(), r -> r.index()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TST-2012", "meeting_statement", 0),
                org.assertj.core.groups.Tuple.tuple("TST-2021", "joint_statement", 1),
                org.assertj.core.groups.Tuple.tuple(null, "demarche", 2),
                org.assertj.core.groups.Tuple.tuple(null, "other", 3));
        assertThat(ok.report().evidence("universalization.responses_to_use[1].instance").line()).isEqualTo(7);
        // without a register to check against, an id is not judged
        assertThat(new SubmissionLoader(root, KNOWN).load(fixed).problems()).extracting(Problem::line).containsExactly(9);
    }
}
