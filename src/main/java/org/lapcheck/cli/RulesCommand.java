package org.lapcheck.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.lapcheck.app.CatalogueJob;
import org.lapcheck.app.RuleCasesJob;
import org.lapcheck.app.Workspace;
import org.lapcheck.knowledge.LapAction;
import org.lapcheck.knowledge.Rulebook;
import org.lapcheck.model.Indicator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lap rules list|test}: the catalogue with its coverage, and the rule cases. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the LAP catalogue and its rules, or run the rule cases.",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.TestRules.class})
final class RulesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every LAP action: its confidence, the rules that judge it (or why none can), its indicator.")
    static final class ListRules extends LapCommand {

        static final String CONFIDENCE_LEGEND = "Confidence of each action's wording in rules/actions.yaml: "
                + "[V] verified, [P] partly verified, [R] reconstructed, [U] unverified.";

        @Mixin
        FolderOptions.RulesFolder rules;

        @Override
        int run(Workspace ws, PrintWriter out, PrintWriter err) throws Exception {
            CatalogueJob.Coverage coverage = CatalogueJob.run(ws, rules.dir(ws));
            Rulebook rulebook = coverage.rulebook();
            Map<Integer, Indicator> indicators = coverage.indicators();
            // The bracket after each number is the confidence of the catalogue's wording of the action: say what it means.
            out.println(CONFIDENCE_LEGEND);
            String section = "";
            for (LapAction a : coverage.actions()) {
                if (!a.section().equals(section)) {
                    section = a.section();
                    out.printf("%nSection %s%n", section);
                }
                List<String> ids = coverage.rulesOf(a);
                Indicator ind = indicators.get(a.number());
                String judgedBy = !ids.isEmpty() ? String.join(" ", ids)
                        : a.notJudgeable() != null ? "not judged: " + a.notJudgeable() : "NO RULE YET";
                out.printf("  %2d [%s] %-52s %s%s%n", a.number(), a.confidence(), a.title(), judgedBy,
                        ind == null ? "" : String.format("  (applies to %d, %d meet it)", ind.applicable(), ind.met()));
            }
            out.printf("%n%d rules judge %d of %d LAP actions%s.%n", rulebook.findingRules().size(), rulebook.actionsCovered().size(),
                    rulebook.catalogue().all().size(), indicators.isEmpty() ? "" : "; indicators from the latest assessment");
            return ExitCodes.OK;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Run every rule's cases (rules/**/<id>.cases.yaml) and check the rulebook's conventions.")
    static final class TestRules extends LapCommand {

        @Mixin
        FolderOptions.RulesFolder rules;

        @Mixin
        FolderOptions.InputsFolder inputs;

        @Option(names = "--quiet", description = "Print only failures and the closing line.")
        boolean quiet;

        @Override
        int run(Workspace ws, PrintWriter out, PrintWriter err) throws Exception {
            RuleCasesJob.Outcome done = RuleCasesJob.run(ws, rules.dir(ws), inputs.dir(ws));
            done.cases().stream().filter(o -> !quiet || !o.passed()).forEach(o -> out.println(o.describe()));
            done.ruleProblems().forEach(p -> out.println("convention: " + p));
            done.unaccountedActions().forEach(a -> out.println("convention: rules/actions.yaml: LAP action " + a.number()
                    + " has no rule and no not_judgeable reason saying why none can judge it"));
            out.printf("rules: %d passed, %d failed%n", done.passed(), done.failed());
            return done.failed() == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
        }
    }
}
