package org.lapcheck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lapcheck.TestProject;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.model.SelfReport;
import org.lapcheck.submission.LoadResult;
import org.lapcheck.submission.JsonSchema;
import org.lapcheck.submission.SubmissionLoader;
import org.lapcheck.submission.yaml.SafeYaml;
import org.lapcheck.submission.yaml.YamlNode;

/**
 * "Start a report": the file a focal point downloads must load clean (no error, no warning) as it is, name the kind
 * of report the state owes, hold every field of the format, and carry last year's values exactly.
 */
class StartReportTest {

    static ReferenceData reference;
    static SubmissionLoader loader;

    @BeforeAll
    static void readTheMembership() {
        reference = Inputs.reference(TestProject.inputs(), TestProject.home());
        loader = Inputs.loader(reference, TestProject.home());
    }

    static Stream<String> statesWithA2025Report() throws IOException {
        try (Stream<Path> files = Files.list(TestProject.inputs().resolve("submissions/2025"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("[A-Z]{3}\\.yaml"))
                    .map(n -> n.substring(0, 3)).sorted().toList().stream();
        }
    }

    private static LoadResult load(StartReport.Started s, String iso3, int year) {
        return loader.loadText(year + "/" + s.fileName(), s.text(), year, iso3);
    }

    @ParameterizedTest
    @MethodSource("statesWithA2025Report")
    void theNextYearsReportOfEveryBundledStateValidatesCleanWithLastYearsValues(String iso3) {
        StartReport.Started s = StartReport.start(reference, TestProject.inputs(), iso3, 2026, "/schema.json");
        LoadResult loaded = load(s, iso3, 2026);
        assertThat(loaded.problems()).as(s.text()).isEmpty();
        assertThat(s.carried()).isTrue();
        SelfReport report = loaded.report();
        assertThat(report.iso3()).isEqualTo(iso3);
        assertThat(report.year()).isEqualTo(2026);
        assertThat(s.kind()).isEqualTo("annual");
        assertThat(s.text()).contains("format: \"lap-self-report/1\"").contains("covers: 2026");
    }

    @Test
    void carriesWhatLastsAndLeavesWhatBelongsToOneYearEmptyWithLastYearsValueInTheComment() {
        StartReport.Started s = StartReport.start(reference, TestProject.inputs(), "DEU", 2026, null);
        Map<String, Object> plain = plain(s.text());
        assertThat(at(plain, "retention.purpose"))
                .isEqualTo("training of explosive ordnance disposal personnel; testing of detection equipment");
        assertThat(at(plain, "clearance.completed")).hasToString("2025-06-27");
        assertThat(at(plain, "report.submitted")).isNull(); // 2026-03-12 in 2025: this year's date is the state's
        assertThat(at(plain, "clearance.released_in_period.cleared_km2")).isNull();
        assertThat(at(plain, "cooperation.provided")).isNull();
        assertThat(s.text()).contains("submitted:  # Date the report reached the UN Secretary-General. (a date, YYYY-MM-DD) "
                + "[2025: 2026-03-12]");
    }

    @Test
    void everyFieldOfTheSchemaIsInTheNewReportWithAComment() {
        StartReport.Started s = StartReport.start(reference, TestProject.inputs(), "CHL", 2026, null);
        YamlNode schema = SafeYaml.parse("schema", JsonSchema.SELF_REPORT.text().getBytes(StandardCharsets.UTF_8)).root();
        List<String> paths = new ArrayList<>();
        collect(schema, schema, "", paths);
        assertThat(paths).hasSizeGreaterThan(100);
        Map<String, Object> plain = plain(s.text());
        for (String path : paths) {
            assertThat(has(plain, path)).as(path).isTrue();
        }
        // every field carries a comment from the schema, on its own line
        long commented = s.text().lines().filter(line -> line.matches("\\s*[a-z_0-9]+:.*  # .+")).count();
        assertThat(commented).isEqualTo(paths.size());
    }

    @Test
    void theYearOfEntryIntoForceOwesTheInitialReport() {
        // Nigeria: entry into force 2023-08-01 (membership.csv)
        StartReport.Started s = StartReport.start(reference, TestProject.inputs(), "NGA", 2023, null);
        assertThat(s.kind()).isEqualTo("initial");
        assertThat(String.join(" ", s.notes())).contains("2023-08-01").contains("2024-01-28");
        LoadResult loaded = load(s, "NGA", 2023);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.report().initial()).isTrue();
        assertThat(StartReport.start(reference, TestProject.inputs(), "NGA", 2024, null).kind()).isEqualTo("annual");
    }

    @Test
    void aSignatoryGetsAVoluntaryAnnualReportAndAnUnknownStateNone() {
        StartReport.Started s = StartReport.start(reference, TestProject.inputs(), "AGO", 2025, null);
        assertThat(s.kind()).isEqualTo("annual");
        assertThat(String.join(" ", s.notes())).contains("voluntary");
        assertThat(load(s, "AGO", 2025).problems()).isEmpty();
        assertThatThrownBy(() -> StartReport.start(reference, TestProject.inputs(), "ZZZ", 2025, null))
                .isInstanceOf(UsageException.class).hasMessageContaining("ZZZ");
        assertThatThrownBy(() -> StartReport.start(reference, TestProject.inputs(), "DEU", 1999, null))
                .isInstanceOf(UsageException.class);
    }

    @Test
    void textThatLooksLikeYamlSyntaxOrAnotherTypeIsCarriedAsTheSameText(@TempDir Path inputs) throws IOException {
        String[] tricky = {"yes", "null", "2025-01-01", "12", "a: b # not a comment", "- dash", "\"quoted\" and \\back",
                "Côte d'Ivoire ‮ reversed", "tab\there", "{flow}", "*alias &anchor !tag"};
        Path dir = Files.createDirectories(inputs.resolve("submissions/2025"));
        for (int i = 0; i < tricky.length; i++) {
            Files.writeString(dir.resolve("DEU.yaml"), "format: lap-self-report/1\nstate: {iso3: DEU}\nreport: {covers: 2025}\n"
                    + "retention:\n  purpose: " + org.lapcheck.submission.yaml.SafeYaml.dump(tricky[i]).strip() + "\n");
            LoadResult before = loader.load(dir.resolve("DEU.yaml"));
            assertThat(before.ok()).as(tricky[i]).isTrue();
            StartReport.Started s = StartReport.start(reference, inputs, "DEU", 2026, null);
            LoadResult after = load(s, "DEU", 2026);
            assertThat(after.errors()).as(s.text()).isEmpty();
            assertThat(at(plain(s.text()), "retention.purpose")).as(tricky[i]).isEqualTo(tricky[i]);
        }
    }

    @Test
    void aLinkOutOfTheInputsIsNotReadForLastYearsValues(@TempDir Path root) throws IOException {
        Path inputs = Files.createDirectories(root.resolve("inputs/submissions/2025"));
        Path outside = Files.writeString(root.resolve("secret.yaml"),
                "format: lap-self-report/1\nstate: {iso3: DEU}\nretention: {purpose: secret}\n");
        Files.createSymbolicLink(inputs.resolve("DEU.yaml"), outside);
        StartReport.Started s = StartReport.start(reference, root.resolve("inputs"), "DEU", 2026, null);
        assertThat(s.carried()).isFalse();
        assertThat(s.text()).doesNotContain("secret");
    }

    // ---- helpers ----

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plain(String text) {
        return (Map<String, Object>) SafeYaml.toPlain(SafeYaml.parse("t", text.getBytes(StandardCharsets.UTF_8)).root());
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> plain, String path) {
        Object cur = plain;
        for (String k : path.split("\\.")) {
            cur = cur instanceof Map<?, ?> m ? ((Map<String, Object>) m).get(k) : null;
        }
        return cur;
    }

    @SuppressWarnings("unchecked")
    private static boolean has(Map<String, Object> plain, String path) {
        Object cur = plain;
        for (String k : path.split("\\.")) {
            if (!(cur instanceof Map<?, ?> m) || !m.containsKey(k)) {
                return false;
            }
            cur = ((Map<String, Object>) m).get(k);
        }
        return true;
    }

    private static void collect(YamlNode root, YamlNode node, String path, List<String> out) {
        YamlNode ref = node.get("$ref");
        if (ref != null) {
            node = root.get("$defs").get(ref.text().replace("#/$defs/", ""));
        }
        YamlNode props = node.get("properties");
        if (props == null) {
            return;
        }
        for (YamlNode.Entry e : props.entries()) {
            String p = path.isEmpty() ? e.key() : path + "." + e.key();
            out.add(p);
            collect(root, e.value(), p, out);
        }
    }
}
