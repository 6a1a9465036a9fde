package org.lapcheck.cli;

import org.lapcheck.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.TestProject;

/**
 * A broken rulebook stops every run before anything is written: the real rules/ copied, one file broken in each
 * way a rule author breaks one, and {@code assess} must exit 3 naming the file and line of each problem, with no
 * report folder (not even a half-written one) left behind. Mistakes the DRL compiler finds and mistakes in the
 * metadata are found in different passes, so each group is one run.
 */
class BrokenRulesTest {

    @TempDir
    Path root;

    private Path rules() throws IOException {
        Path copy = root.resolve("rules");
        TestProject.copyTree(TestProject.rules(), copy);
        return copy;
    }

    /**
     * A rule file of the rulebook's own shape, so every line number below is known: the package on line 1, the
     * {@code rule} keyword on line 8, {@code when} on line 12, the one pattern on line 13.
     */
    private static Path write(Path rules, String id, String metadata, String pattern, String pkg) throws IOException {
        Path file = rules.resolve("99-broken").resolve(id.toLowerCase(java.util.Locale.ROOT) + ".drl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n",
                "package org.lapcheck.rules." + pkg + ";",
                "",
                "import org.lapcheck.model.*;",
                "import org.lapcheck.model.derived.*;",
                "",
                "global org.lapcheck.assess.FindingRecorder findings;",
                "",
                "rule \"" + id + ": a rule broken on purpose\"",
                metadata.isEmpty() ? "    // no metadata" : "    " + metadata,
                "    @severity(\"info\") @kind(\"gap\") @area(\"transparency\")",
                "    @message(\"{state} {year}\")",
                "when",
                "    " + pattern,
                "then",
                "    findings.raise(kcontext, $r.iso3(), $r.year(), $r.evidence(\"report\"));",
                "end",
                ""));
        return file;
    }

    private static String meta(String id) {
        return "@id(\"" + id + "\") @actions(43) @article(\"Art. 7.2\")";
    }

    private CliRun assess(Path rules) {
        return CliRun.of("assess", "--rules", rules.toString(), "--out",
                root.resolve("reports/2026-11-29").toString(), "--as-of", "2026-11-29");
    }

    private static String shown(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    private void assertNothingWritten(CliRun run) throws IOException {
        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.RULEBOOK);
        assertThat(run.err()).startsWith("The rulebook cannot be used");
        assertThat(run.out()).doesNotContain("reports written");
        assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ");
        Path reports = root.resolve("reports");
        if (Files.exists(reports)) {
            try (Stream<Path> left = Files.list(reports)) {
                assertThat(left).as("nothing in reports/").isEmpty();
            }
        }
    }

    @Test
    void aSyntaxErrorAnUnknownFieldAndADuplicateRuleNameStopTheRunAtTheirLines() throws IOException {
        Path rules = rules();
        Path syntax = write(rules, "X-SYNTAX", meta("X-SYNTAX"), "$r : SelfReport((iso3 == \"DEU\", year == 2025)", "broken");
        Path field = write(rules, "X-FIELD", meta("X-FIELD"), "$r : SelfReport(iso3 == \"DEU\", report.submited != null)",
                "broken");
        // two rules of one name in one package: a rule file copied into another folder
        Path original;
        try (Stream<Path> drl = Files.walk(rules.resolve("08-transparency"))) {
            original = drl.filter(p -> p.toString().endsWith(".drl")).sorted().findFirst().orElseThrow();
        }
        Path copy = rules.resolve("98-copies").resolve(original.getFileName().toString());
        Files.createDirectories(copy.getParent());
        Files.copy(original, copy);

        CliRun run = assess(rules);

        assertNothingWritten(run);
        assertThat(run.err()).contains(shown(syntax) + ":13: [ERR 10")
                .contains(shown(field) + ":13: Unable to Analyse Expression report.submited")
                .containsPattern(Pattern.quote(shown(copy)) + ":\\d+: Duplicate rule name: ")
                .doesNotContain("Parser returned a null Package").doesNotContain("is already defined");
    }

    @Test
    void aRuleWithoutMetadataTwoRulesWithOneIdAndAnUnknownKeyStopTheRunAtTheirRules() throws IOException {
        Path rules = rules();
        Path none = write(rules, "X-NOMETA", "", "$r : SelfReport()", "broken");
        Path colour = write(rules, "X-COLOUR", meta("X-COLOUR") + " @colour(\"red\")", "$r : SelfReport()", "broken");
        // another rule, in another package and with another name, claiming the id of a rule of the rulebook
        Path original;
        try (Stream<Path> drl = Files.walk(rules.resolve("08-transparency"))) {
            original = drl.filter(p -> p.toString().endsWith(".drl")).sorted().findFirst().orElseThrow();
        }
        String id = original.getFileName().toString().replace(".drl", "").toUpperCase(java.util.Locale.ROOT);
        Path twin = write(rules, id, meta(id), "$r : SelfReport()", "twins");

        CliRun run = assess(rules);

        assertNothingWritten(run);
        assertThat(run.err())
                .contains(shown(none) + ":8: @id is required")
                .contains(shown(colour) + ":8: unknown metadata @colour")
                .containsPattern(Pattern.quote(shown(twin)) + ":8: rule id " + id + " is already used at "
                        + Pattern.quote(shown(original)) + ":\\d+"
                        + "|" + Pattern.quote(shown(original)) + ":\\d+: rule id " + id + " is already used at "
                        + Pattern.quote(shown(twin)) + ":8");
    }
}
