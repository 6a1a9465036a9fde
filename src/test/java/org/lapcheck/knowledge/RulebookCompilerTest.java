package org.lapcheck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.TestProject;

/** The rulebook refuses to run with every problem as file:line: message. */
class RulebookCompilerTest {

    @TempDir
    Path home;
    Path rules;

    private static final String HEADER = """
            package org.lapcheck.rules.test;

            import org.lapcheck.model.*;
            import org.lapcheck.model.derived.*;

            global org.lapcheck.assess.FindingRecorder findings;
            """;

    @BeforeEach
    void catalogue() throws IOException {
        rules = home.resolve("rules");
        Files.createDirectories(rules.resolve("08-test"));
        Files.copy(TestProject.rules().resolve("actions.yaml"), rules.resolve("actions.yaml"));
    }

    private void rule(String file, String text) throws IOException {
        Files.writeString(rules.resolve("08-test").resolve(file), HEADER + text);
    }

    private RulebookException failure() {
        return catchThrowableOfType(RulebookException.class, () -> new RulebookLoader(home).load(rules));
    }

    @Test
    void loadsTheRealRulebookWithEveryRuleDescribed() throws Exception {
        Rulebook rulebook = new RulebookLoader(TestProject.home()).load(TestProject.rules());
        assertThat(rulebook.rule("T-ANNUAL-LATE")).get().satisfies(r -> {
            assertThat(r.actions()).containsExactly(43);
            assertThat(r.file()).isEqualTo("rules/08-transparency/t-annual-late.drl");
            assertThat(r.line()).isPositive();
            assertThat(r.section()).isEqualTo("08-transparency");
        });
        assertThat(rulebook.sha256()).hasSize(64);
        assertThat(rulebook.catalogue().all()).hasSize(50);
    }

    @Test
    void reportsASyntaxErrorAtItsFileAndLine() throws IOException {
        rule("x-broken.drl", """
                rule "X-BROKEN: broken"
                    @id("X-BROKEN") @actions(43) @article("Art. 7") @severity("low") @area("transparency") @message("m")
                when
                    SelfReport(year ==
                then
                end
                """);
        RulebookException e = failure();
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("rules/08-test/x-broken.drl"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.line()).isBetween(10, 12));
        assertThat(e.getMessage()).doesNotContain("Parser returned a null Package");
    }

    @Test
    void reportsAnUnknownFieldOfAFact() throws IOException {
        rule("x-field.drl", """
                rule "X-FIELD: unknown field"
                    @id("X-FIELD") @actions(43) @article("Art. 7") @severity("low") @area("transparency") @message("m")
                when
                    SelfReport(colour == "red")
                then
                end
                """);
        assertThat(failure().problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("rules/08-test/x-field.drl");
            assertThat(p.message()).contains("colour");
        });
    }

    @Test
    void refusesARuleWithoutMetadataOrWithAnActionOutsideTheCatalogue() throws IOException {
        rule("x-bare.drl", """
                rule "X-BARE: no metadata"
                    @id("X-BARE")
                when
                    SelfReport()
                then
                end
                """);
        rule("x-action.drl", """
                rule "X-ACTION: unknown action"
                    @id("X-ACTION") @actions(77) @article("Art. 7") @severity("low") @area("transparency") @message("m")
                when
                    SelfReport()
                then
                end
                """);
        RulebookException e = failure();
        assertThat(e.getMessage())
                .contains("rules/08-test/x-bare.drl:7: @actions is required")
                .contains("rules/08-test/x-bare.drl:7: @severity is required")
                .contains("rules/08-test/x-action.drl:7: @actions names LAP action 77, which is not in rules/actions.yaml");
    }

    @Test
    void refusesTwoRulesWithOneId() throws IOException {
        String body = """
                rule "X-TWICE: %s"
                    @id("X-TWICE") @actions(43) @article("Art. 7") @severity("low") @area("transparency") @message("m")
                when
                    SelfReport()
                then
                end
                """;
        rule("x-twice.drl", body.formatted("first"));
        Files.createDirectories(rules.resolve("09-test"));
        Files.writeString(rules.resolve("09-test/x-twice.drl"), HEADER.replace("rules.test", "rules.test2") + body.formatted("second"));
        assertThat(failure().getMessage()).containsPattern("x-twice\\.drl:7: rule id X-TWICE is already used at rules/0[89]-test/x-twice\\.drl:7");
    }

    @Test
    void refusesAFileNamedOtherwiseThanItsRule() throws IOException {
        rule("something.drl", """
                rule "X-NAME: misnamed"
                    @id("X-NAME") @actions(43) @article("Art. 7") @severity("low") @area("transparency") @message("m")
                when
                    SelfReport()
                then
                end
                """);
        assertThat(failure().getMessage()).contains("rule X-NAME belongs in a file named x-name.drl");
    }

    @Test
    void refusesAnAreaThatIsNotTheAreaOfItsActions() throws IOException {
        rule("x-area.drl", """
                rule "X-AREA: routed to the wrong coordinators"
                    @id("X-AREA") @actions(43) @article("Art. 7") @severity("low") @area("clearance") @message("m")
                when
                    SelfReport()
                then
                end
                """);
        assertThat(failure().getMessage()).contains("@area 'clearance' is not the area of any of its actions [43]");
    }

    @Test
    void refusesAnAreaOutsideTheList() throws IOException {
        ruleOfArea("elsewhere");
        assertThat(failure().getMessage()).contains("@area 'elsewhere' is not one of [general_status");
    }

    @Test
    void refusesAnActionWhoseAreaIsOutsideTheList() throws IOException {
        Path catalogue = rules.resolve("actions.yaml");
        Files.writeString(catalogue, Files.readString(catalogue).replaceFirst("area: clearance", "area: clearence"));
        ruleOfArea("clearance"); // a rule that is fine: the catalogue is what is wrong
        assertThat(failure().getMessage()).contains("area 'clearence' is not one of [general_status");
    }

    private void ruleOfArea(String area) throws IOException {
        rule("x-area.drl", """
                rule "X-AREA: a rule of one area"
                    @id("X-AREA") @actions("none") @article("Art. 7") @severity("low") @area("%s") @message("m")
                when
                    SelfReport()
                then
                end
                """.formatted(area));
    }
}
