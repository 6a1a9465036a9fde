package org.lapcheck.cli;

import org.lapcheck.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.TestProject;

/**
 * A rule that compiles but fails at run time, on the real rulebook copied with one such rule added: its failure is a
 * finding, every other rule and state is still assessed and written, and the run exits 3. A rule that never stops
 * firing is stopped by the firing bound (not by a timeout) and named.
 */
class FailingRulesTest {


    @TempDir
    Path root;

    private Path rulesWith(String id, String pattern, String consequence) throws IOException {
        Path rules = root.resolve("rules");
        if (!Files.isDirectory(rules)) { // a second broken rule joins the first in the same copy
            TestProject.copyTree(TestProject.rules(), rules);
        }
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


    /** The findings of the real rulebook on the bundled inputs: what every failing run must still produce. */
    private Set<String> realFindings() throws IOException {
        CliRun run = CliRun.of("assess", "--out", root.resolve("real").toString(),
                "--as-of", "2026-11-29", "--format", "json");
        assertThat(run.exit()).as(run.all()).isZero();
        return HostileCorpusTest.ids(root.resolve("real/findings.json"));
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
        Set<String> written = HostileCorpusTest.ids(root.resolve("broken/findings.json"));
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
        assertThat(HostileCorpusTest.ids(root.resolve("broken/findings.json"))).containsAll(real).contains("RULE-FAILED:CCM:X-ALPHA")
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
        assertThat(HostileCorpusTest.ids(root.resolve("broken/findings.json"))).containsAll(real).contains("RULE-FAILED:CCM:X-JOIN")
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

    /**
     * A French or Spanish report of a run with a failing consequence (on Germany's facts) and a failing condition is
     * worded in that language throughout: the RULE-FAILED findings' title, message, expected and actual come from
     * rules/i18n like any rule's, and the report names no rule as untranslated.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "fr|La règle X-THROWS a échoué dans sa conséquence (IllegalStateException: broken on purpose) ; ce qu'elle juge reste donc non évalué pour Germany.|La règle X-ALPHA a échoué dans sa condition (|reste donc non évalué pour tout État et le mécanisme de la Convention.|la règle X-THROWS s'exécute jusqu'au bout|elle a échoué : IllegalStateException: broken on purpose|une règle du jeu de règles a échoué|Pas encore traduits",
            "es|La regla X-THROWS falló en su consecuencia (IllegalStateException: broken on purpose), de modo que lo que juzga queda sin evaluar para Germany.|La regla X-ALPHA falló en su condición (|queda sin evaluar para todo Estado y el mecanismo de la Convención.|la regla X-THROWS se ejecuta hasta el final|falló: IllegalStateException: broken on purpose|una regla del conjunto de reglas falló|Aún sin traducir"})
    void aReportInFrenchOrSpanishWordsTheRuleFailuresInThatLanguage(String lang, String consequence, String condition,
            String everyone, String expected, String actual, String title, String untranslatedNote) throws IOException {
        rulesWith("X-THROWS", "$r : SelfReport(iso3 == \"DEU\")",
                "if ($r.iso3().equals(\"DEU\")) { throw new IllegalStateException(\"broken on purpose\"); }");
        Path rules = rulesWith("X-ALPHA", "$r : SelfReport(iso3.substring(5) == \"x\")", "");

        CliRun run = CliRun.of("assess", "--rules", rules.toString(), "--out",
                root.resolve("broken").toString(), "--as-of", "2026-11-29", "--format", "json,md,csv", "--lang", lang);

        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.RULEBOOK);
        assertThat(HostileCorpusTest.ids(root.resolve("broken/findings.json"))).contains("RULE-FAILED:DEU:X-THROWS", "RULE-FAILED:CCM:X-ALPHA");
        String csv = Files.readString(root.resolve("broken/findings.csv"));
        List<String> failed = csv.lines().filter(l -> l.startsWith("RULE-FAILED:")).toList();
        assertThat(failed).hasSize(2);
        assertThat(String.join("\n", failed)).contains(consequence, condition, everyone, expected, actual, title)
                .doesNotContain("failed in its", "has not been assessed", "runs to its end", "it failed:",
                        "a rule of the rulebook", "the convention's machinery", "every other rule");
        String summary = Files.readString(root.resolve("broken/summary.md"));
        assertThat(summary).contains(consequence).doesNotContain("failed in its").doesNotContain(untranslatedNote);
    }
}
