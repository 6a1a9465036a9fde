package org.lapcheck.cli;

import org.lapcheck.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.TestProject;

/**
 * A rule that compiles but fails at run time, on the real rulebook copied with one such rule added: its failure is a
 * finding, every other rule and state is still assessed and written, and the run exits 3. A rule that never stops
 * firing is stopped by the firing bound (not by a timeout) and named.
 */
class FailingRulesTest {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    @TempDir
    Path root;

    private Path rulesWith(String id, String pattern, String consequence) throws IOException {
        Path rules = root.resolve("rules");
        TestProject.copyTree(TestProject.rules(), rules);
        Path file = rules.resolve("99-broken").resolve(id.toLowerCase(java.util.Locale.ROOT) + ".drl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n",
                "package org.lapcheck.rules.broken;",
                "",
                "import org.lapcheck.model.*;",
                "import org.lapcheck.model.derived.*;",
                "",
                "global org.lapcheck.assess.FindingRecorder findings;",
                "",
                "rule \"" + id + ": a rule broken on purpose\"",
                "    @id(\"" + id + "\") @actions(43) @article(\"Art. 7.2\")",
                "    @severity(\"info\") @kind(\"gap\") @area(\"transparency\")",
                "    @message(\"{state} {year}\")",
                "when",
                "    " + pattern,
                "then",
                "    " + consequence,
                "    findings.raise(kcontext, $r.iso3(), $r.year(), $r.evidence(\"report\"));",
                "end",
                ""));
        return rules;
    }

    private CliRun assess(Path rules, String out) {
        return CliRun.of("assess", "--rules", rules.toString(), "--out", root.resolve(out).toString(),
                "--as-of", "2026-11-29", "--format", "json");
    }

    private static Set<String> ids(Path findings) throws IOException {
        Matcher m = ID.matcher(Files.readString(findings));
        Set<String> ids = new LinkedHashSet<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The findings of the real rulebook on the bundled inputs: what every failing run must still produce. */
    private Set<String> realFindings() throws IOException {
        CliRun run = CliRun.of("assess", "--out", root.resolve("real").toString(),
                "--as-of", "2026-11-29", "--format", "json");
        assertThat(run.exit()).as(run.all()).isZero();
        return ids(root.resolve("real/findings.json"));
    }

    @Test
    void aConsequenceThatThrowsOnOneStateBecomesAFindingAndEverythingElseIsAssessed() throws IOException {
        Set<String> real = realFindings();
        Path rules = rulesWith("X-THROWS", "$r : SelfReport(iso3 == \"DEU\")",
                "if ($r.iso3().equals(\"DEU\")) { throw new IllegalStateException(\"broken on purpose\\u001B[2J\"); }");

        CliRun run = assess(rules, "broken");

        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.RULEBOOK);
        assertThat(run.err()).contains("x-throws.drl:8: rule X-THROWS failed in its consequence on the facts of DEU: "
                + "IllegalStateException: broken on purpose\\u001B[2J");
        assertThat(run.all()).doesNotContain("\u001B").doesNotContain("\tat ").doesNotContain("unexpected error");
        Set<String> written = ids(root.resolve("broken/findings.json"));
        assertThat(written).containsAll(real).contains("RULE-FAILED:DEU:X-THROWS");
        assertThat(written).hasSize(real.size() + 1);
    }

    @Test
    void aConditionThatThrowsWhenFactsAreInsertedLeavesThatRuleOutAndAssessesTheRest() throws IOException {
        Set<String> real = realFindings();
        // evaluated as each report is inserted (an alpha constraint): fails on the first three-letter code
        Path rules = rulesWith("X-ALPHA", "$r : SelfReport(iso3.substring(5) == \"x\")", "");

        CliRun run = assess(rules, "broken");

        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.RULEBOOK);
        assertThat(run.err()).contains("x-alpha.drl:8: rule X-ALPHA failed in its condition");
        assertThat(ids(root.resolve("broken/findings.json"))).containsAll(real).contains("RULE-FAILED:CCM:X-ALPHA")
                .hasSize(real.size() + 1);
    }

    @Test
    void aConditionThatThrowsWhileJoiningFactsLeavesThatRuleOutAndAssessesTheRest() throws IOException {
        Set<String> real = realFindings();
        // evaluated while the rules fire (it joins the cycle year): "DEU".substring(5)
        Path rules = rulesWith("X-JOIN", "AsOf($c : cycleYear) $r : SelfReport(iso3.substring($c - 2020) == \"x\")", "");

        CliRun run = assess(rules, "broken");

        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.RULEBOOK);
        assertThat(run.err()).contains("x-join.drl:8: rule X-JOIN failed in its condition");
        assertThat(ids(root.resolve("broken/findings.json"))).containsAll(real).contains("RULE-FAILED:CCM:X-JOIN")
                .hasSize(real.size() + 1);
    }

    @Test
    void aRuleThatReTriggersItselfIsStoppedAtTheBoundAndNamed() throws IOException {
        Path rules = rulesWith("X-LOOP", "$r : SelfReport(iso3 == \"DEU\", year == 2025) $m : Machinery()", "update($m);");

        CliRun run = assess(rules, "loop");

        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.RULEBOOK);
        assertThat(run.err()).containsPattern("the rule\\(s\\) that fired most: .*X-LOOP \\(rules/99-broken/x-loop.drl:8\\)")
                .doesNotContain("\tat ");
        assertThat(root.resolve("loop")).doesNotExist();
    }

    @Test
    void aRuleThatKeepsInsertingFactsIsStoppedAtTheBoundBeforeTheHeapFills() throws IOException {
        Path rules = rulesWith("X-FLOOD", "$r : SelfReport(iso3 == \"DEU\") $y : TrackedYear()",
                "insert(new TrackedYear($y.year() + 1000));");

        CliRun run = assess(rules, "flood");

        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.RULEBOOK);
        assertThat(run.err()).contains("the rule(s) that fired most: ").contains("X-FLOOD (")
                .doesNotContain("OutOfMemoryError");
        assertThat(root.resolve("flood")).doesNotExist();
    }
}
