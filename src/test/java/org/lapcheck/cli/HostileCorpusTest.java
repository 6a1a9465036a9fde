package org.lapcheck.cli;

import org.lapcheck.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.TestProject;

/**
 * The hostile corpus ({@code src/test/resources/org/lapcheck/hostile/corpus.tsv}) through the real command line:
 * every broken or malicious file sits in one inputs folder beside the bundled valid reports, {@code assess} runs
 * over it, and every file must be listed with its place and a clear error, no stack trace anywhere, and every
 * valid report still assessed exactly as it is without them. Then {@code validate} on each file alone.
 */
class HostileCorpusTest {

    private static final String CORPUS = "/org/lapcheck/hostile/";
    private static final String AS_OF = "2026-11-29";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    /** One expected line: {@code <file>:<line>:<column>: error: <message...>}. */
    record Expected(String corpusFile, String placedAs, int exit, String position, String message) {
        String iso3() {
            return placedAs.substring(placedAs.indexOf('/') + 1, placedAs.indexOf('/') + 4);
        }
    }


    @TempDir
    static Path root;

    static Path cleanInputs;
    static Path hostileInputs;
    static List<Expected> expected;
    static CliRun clean;
    static CliRun hostile;

    @BeforeAll
    static void assessTheBundledReportsWithAndWithoutTheCorpus() throws IOException {
        cleanInputs = root.resolve("clean/inputs");
        hostileInputs = root.resolve("hostile/inputs");
        for (Path inputs : List.of(cleanInputs, hostileInputs)) {
            TestProject.copyTree(TestProject.inputs().resolve("reference"), inputs.resolve("reference"));
            TestProject.copyTree(TestProject.inputs().resolve("submissions"), inputs.resolve("submissions"));
        }
        expected = new ArrayList<>(readCorpus());
        for (Expected e : expected) {
            Path target = hostileInputs.resolve("submissions").resolve(e.placedAs());
            if (!Files.exists(target)) {
                try (InputStream in = HostileCorpusTest.class.getResourceAsStream(CORPUS + e.corpusFile())) {
                    Files.copy(in, target);
                }
            }
        }
        expected.addAll(generated(hostileInputs.resolve("submissions/2025")));

        clean = run("assess", "--inputs", cleanInputs.toString(), "--out", root.resolve("clean/out").toString(),
                "--as-of", AS_OF);
        hostile = run("assess", "--inputs", hostileInputs.toString(), "--out", root.resolve("hostile/out").toString(),
                "--as-of", AS_OF);
    }

    static final String SECRET_FILE = "id_rsa";
    static final String SECRET = "-----BEGIN OPENSSH PRIVATE KEY----- secret-token-5f3a";

    /** Cases too large, or not files at all, to commit; written here. */
    private static List<Expected> generated(Path year) throws IOException {
        List<Expected> cases = new ArrayList<>();
        // 50 MB: refused by its size, never read
        Path big = year.resolve("PRT.yaml");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("format: lap-self-report/1\nstate: {iso3: PRT}\n".getBytes(StandardCharsets.UTF_8));
            byte[] filler = ("# " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 50 * 1024; i++) {
                out.write(filler);
            }
        }
        cases.add(new Expected("(generated 50 MB)", "2025/PRT.yaml", 2, "1:1",
                "the file is " + Files.size(big) + " bytes, more than the limit of 2097152 bytes (2 MiB)"));
        // 600,000 aliases to one scalar: under every SnakeYAML limit, stopped by the node limit
        Files.writeString(year.resolve("SWE.yaml"), "format: lap-self-report/1\nstate: {iso3: SWE}\ncross_cutting:\n"
                + "  partners: [&s x" + ",*s".repeat(600_000) + "]\n");
        cases.add(new Expected("(generated alias flood)", "2025/SWE.yaml", 2, "4:14",
                "the document expands to more than 500000 values (through aliases?); refused"));
        // 5,000 wrong values: 100 listed, the rest counted
        Files.writeString(year.resolve("SVN.yaml"), "format: lap-self-report/1\nstate: {iso3: SVN}\n"
                + "report: {kind: annual, covers: 2025}\nfinance:\n  arrears_years: ["
                + String.join(",", Collections.nCopies(5000, "x")) + "]\n");
        cases.add(new Expected("(generated 5,000 errors)", "2025/SVN.yaml", 2, "5:19",
                "finance.arrears_years[0]: expected a year (a whole number) but found 'x'"));
        cases.add(new Expected("(generated 5,000 errors)", "2025/SVN.yaml", 2, "5:219",
                "and 4900 more problem(s) from here on, not listed; correct the ones above first"));
        // a name that promises a report and leads to an endless device
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            Files.createSymbolicLink(year.resolve("MLT.yaml"), zero);
            cases.add(new Expected("(generated link to /dev/zero)", "2025/MLT.yaml", 2, "1:1",
                    "a link to a file outside inputs/, so not read"));
        }
        // a link to a secret outside the inputs folder: refused unread, so nothing of it reaches a report or e-mail
        Path secret = Files.writeString(root.resolve(SECRET_FILE), SECRET + "\n");
        Files.createSymbolicLink(year.resolve("MKD.yaml"), secret);
        cases.add(new Expected("(generated link to a secret)", "2025/MKD.yaml", 2, "1:1",
                "a link to a file outside inputs/, so not read; put the file itself there"));
        // a pipe in the inputs folder: opening it would block the run forever
        Path fifo = year.resolve("MDA.yaml");
        if (Fifos.make(fifo)) {
            cases.add(new Expected("(generated named pipe)", "2025/MDA.yaml", 2, "1:1",
                    "not a regular file, so not read"));
        }
        // the same state twice for one year: both files are errors, neither is assessed
        Files.copy(year.resolve("DEU.yaml"), year.resolve("DEU.yml"));
        cases.add(new Expected("(generated duplicate)", "2025/DEU.yaml", 2, "1:1",
                "DEU.yaml and DEU.yml both hold the report of DEU covering 2025: one report per state and year can be"
                        + " assessed, so neither is; keep one file, named DEU.yaml"));
        return cases;
    }

    @Test
    void assessExitsTwoAndListsEveryHostileFileAtItsPlace() {
        assertThat(clean.exit()).as(clean.all()).isEqualTo(ExitCodes.OK);
        assertThat(hostile.exit()).as(hostile.all()).isEqualTo(ExitCodes.INVALID_INPUT);
        List<String> lines = hostile.err().lines().map(String::strip).toList();
        for (Expected e : expected) {
            String line = display(hostileInputs, e) + ":" + e.position() + ": error: " + e.message();
            assertThat(lines).as("%s placed as %s", e.corpusFile(), e.placedAs())
                    .anySatisfy(l -> assertThat(l).startsWith(line));
        }
        assertThat(hostile.err()).contains(display(hostileInputs, "2025/DEU.yml") + ":1:1: error: not read: a second"
                + " file for DEU beside DEU.yaml");
    }

    @Test
    void quotesNothingOfAFileBehindALinkOutOfTheInputsFolder() throws IOException {
        assertThat(hostile.all()).contains("2025/MKD.yaml:1:1: error: a link to a file outside inputs/")
                .doesNotContain("secret-token").doesNotContain("OPENSSH");
        try (java.util.stream.Stream<Path> files = Files.walk(root.resolve("hostile/out"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain("secret-token").doesNotContain("OPENSSH");
            }
        }
        assertThat(ids(root.resolve("hostile/out/findings.json"))).contains("INPUT-UNREADABLE:MKD:2025");
    }

    @Test
    void neverPrintsAStackTraceOrAnExceptionName() {
        for (CliRun r : List.of(clean, hostile)) {
            assertThat(r.all()).doesNotContain("Exception").doesNotContainPattern("(?m)^\\s*at [a-z]+\\.")
                    .doesNotContain("\tat ").doesNotContain("unexpected error");
        }
    }

    @Test
    void printsNothingAFileForgedAndNoControlCharacter() {
        assertThat(hostile.all().lines()).noneMatch(l -> l.startsWith("inputs/submissions/2025/NZL.yaml: valid"));
        assertThat(hostile.all().chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')).isEmpty();
        assertThat(hostile.all()).doesNotContain("\u202e");
    }

    @Test
    void theValidReportsBesideThemAreStillAssessedAsWithoutThem() throws IOException {
        Set<String> hostileStates = expected.stream().map(Expected::iso3).collect(Collectors.toSet());
        Set<String> cleanIds = ids(root.resolve("clean/out/findings.json"));
        Set<String> hostileIds = ids(root.resolve("hostile/out/findings.json"));
        Set<String> untouched = cleanIds.stream().filter(id -> !hostileStates.contains(id.split(":")[1]))
                .collect(Collectors.toCollection(LinkedHashSet::new));

        assertThat(untouched).as("findings of the valid reports").hasSizeGreaterThan(50);
        assertThat(hostileIds).containsAll(untouched);
        assertThat(hostileIds.stream().filter(id -> !hostileStates.contains(id.split(":")[1])))
                .containsExactlyInAnyOrderElementsOf(untouched);
    }

    @Test
    void everyHostileFileIsAnInputErrorFindingNeverAMissingReport() throws IOException {
        Set<String> hostileIds = ids(root.resolve("hostile/out/findings.json"));
        for (String iso3 : expected.stream().map(Expected::iso3).collect(Collectors.toCollection(LinkedHashSet::new))) {
            assertThat(hostileIds).contains("INPUT-UNREADABLE:" + iso3 + ":2025")
                    .doesNotContain("T-ANNUAL-OVERDUE:" + iso3 + ":2025");
        }
    }

    @TestFactory
    Stream<DynamicTest> validateOnEachFileAloneGivesItsExitCodeAndErrors() {
        Map<String, List<Expected>> byFile = new LinkedHashMap<>();
        expected.stream().filter(e -> !e.placedAs().equals("2025/DEU.yaml")) // a duplicate only in a folder
                .forEach(e -> byFile.computeIfAbsent(e.placedAs(), k -> new ArrayList<>()).add(e));
        return byFile.entrySet().stream().map(entry -> DynamicTest.dynamicTest(
                entry.getValue().get(0).corpusFile() + " as " + entry.getKey(), () -> {
                    Path file = hostileInputs.resolve("submissions").resolve(entry.getKey());
                    CliRun r = run("validate", "--inputs", hostileInputs.toString(), "--as-of", AS_OF, file.toString());
                    assertThat(r.exit()).as(r.all()).isEqualTo(entry.getValue().get(0).exit());
                    for (Expected e : entry.getValue()) {
                        assertThat(r.out()).contains(display(hostileInputs, e) + ":" + e.position() + ": error: "
                                + e.message());
                    }
                    assertThat(r.all()).doesNotContain("Exception").doesNotContain("\tat ");
                }));
    }

    private static String display(Path inputs, Expected e) {
        return display(inputs, e.placedAs());
    }

    /** How lapcheck names a file outside its home: the absolute path. */
    private static String display(Path inputs, String placedAs) {
        return inputs.resolve("submissions").resolve(placedAs).toAbsolutePath().normalize().toString();
    }

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** The finding ids of a findings.json (the other command-line tests read them the same way). */
    static Set<String> ids(Path findings) throws IOException {
        Matcher m = ID.matcher(Files.readString(findings));
        Set<String> ids = new LinkedHashSet<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static List<Expected> readCorpus() throws IOException {
        List<Expected> rows = new ArrayList<>();
        try (InputStream in = HostileCorpusTest.class.getResourceAsStream(CORPUS + "corpus.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                rows.add(new Expected(c[0], c[1], Integer.parseInt(c[2]), c[3], c[4]));
            }
        }
        return rows;
    }

}
