package org.lapcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lapcheck.knowledge.RuleInfo;
import org.lapcheck.knowledge.Rulebook;
import org.lapcheck.knowledge.RulebookLoader;
import org.lapcheck.model.Finding;

/**
 * The findings the tests build by hand are findings the real rulebook could raise: a fixture about a rule no one
 * wrote tests nothing a user will see (and the golden files once carried two such ids).
 */
class FixtureRuleIdsTest {

    /** Raised by the assessor itself, not by a rule: an unreadable self-report, a rule whose condition failed. */
    private static final Set<String> ASSESSOR_IDS = Set.of("INPUT-UNREADABLE", "RULE-FAILED");

    /** The rule id handed, as a literal, to {@link FindingBuilder#finding}. */
    private static final Pattern BUILT = Pattern.compile("\\bfinding\\(\\s*\"([^\"]+)\"");

    private static Rulebook rulebook;

    @BeforeAll
    static void load() throws Exception {
        rulebook = new RulebookLoader(TestProject.home()).load(TestProject.rules());
    }

    @Test
    void theSharedFixturesUseRealFindingRulesOfTheirAreaAndKind() {
        List<Finding> fixtures = new ArrayList<>();
        fixtures.addAll(org.lapcheck.report.Fixtures.assessment().findings());
        fixtures.addAll(org.lapcheck.report.Fixtures.previous().findings());
        fixtures.addAll(org.lapcheck.notify.Fixtures.findings());

        List<String> wrong = new ArrayList<>();
        for (Finding f : fixtures) {
            RuleInfo rule = rulebook.rule(f.ruleId()).orElse(null);
            if (rule == null || rule.derived()) {
                wrong.add(f.id() + ": no finding rule " + f.ruleId() + " in rules/");
            } else if (!rule.area().equals(f.area()) || rule.kind() != f.kind()) {
                wrong.add(f.id() + ": " + f.area() + "/" + f.kind() + ", but " + rule.file() + " raises "
                        + rule.area() + "/" + rule.kind());
            }
        }
        assertThat(fixtures).hasSizeGreaterThan(20);
        assertThat(wrong).as("fixture findings that the real rulebook could not raise").isEmpty();
    }

    @Test
    void everyRuleIdATestBuildsAFindingOfIsInTheRulebook() throws IOException {
        Path sources = TestProject.home().resolve("src/test/java");
        TreeSet<String> used = new TreeSet<>();
        TreeSet<String> unknown = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = BUILT.matcher(Files.readString(file));
                while (m.find()) {
                    String id = m.group(1);
                    used.add(id);
                    boolean known = ASSESSOR_IDS.contains(id) || rulebook.rule(id).filter(r -> !r.derived()).isPresent();
                    if (!known) {
                        unknown.add(id + " (" + sources.relativize(file) + ")");
                    }
                }
            }
        }
        assertThat(used).as("rule ids found in the test sources").hasSizeGreaterThan(20);
        assertThat(unknown).as("rule ids no rule in rules/ has, handed to FindingBuilder.finding").isEmpty();
    }
}
