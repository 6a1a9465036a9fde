package org.lapcheck.submission.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.submission.JsonSchema;
import org.lapcheck.TestProject;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.model.UseInstance;
import org.lapcheck.model.UseRegister;
import org.lapcheck.submission.Shape;
import org.lapcheck.submission.yaml.SafeYaml;
import org.lapcheck.submission.yaml.YamlDocument;

/** The register of instances of use is reference data: read strictly, every problem at its file:line:column. */
class UseRegisterLoaderTest {

    static final String GOOD = """
            format: lapcheck-use-register/1
            instances:
              - id: TST-2012
                title: Use of cluster munitions in a test territory
                territory: Test territory
                period: {from: 2012}
                status: documented
                users:
                  - {state: XXA, name: State A}
                  - {state: XXB, role: support}
                  - {actor: An armed group}
                sources:
                  - {title: A report, publisher: A monitor, date: 2020-11-01, link: "https://example.org/a"}
                  - {title: An article, publisher: A campaign, date: 2020-12-09, link: "https://example.org/b"}
                note: a neutral note
              - id: TST-2019
                title: Use in another territory
                territory: Another territory
                period: {from: 2019, until: 2019}
                status: alleged
                sources:
                  - {title: A report, publisher: A monitor, date: 2020-11-01, link: "http://example.org/c"}
            """;

    @TempDir
    Path root;

    private Path inputs(String register) throws IOException {
        Path reference = root.resolve("inputs/reference");
        Files.createDirectories(reference);
        Files.writeString(reference.resolve("membership.csv"), ReferenceDataLoaderTest.MEMBERSHIP);
        Files.writeString(reference.resolve("calendar.yaml"), ReferenceDataLoaderTest.CALENDAR);
        Files.writeString(reference.resolve("machinery.yaml"), ReferenceDataLoaderTest.MACHINERY);
        if (register != null) {
            Files.writeString(reference.resolve("use-register.yaml"), register);
        }
        return root.resolve("inputs");
    }

    private List<String> problemsOf(String register) throws IOException {
        Path inputs = inputs(register);
        ReferenceDataException e = catchThrowableOfType(ReferenceDataException.class,
                () -> ReferenceDataLoader.load(inputs, root));
        assertThat(e).as("expected the register to be refused").isNotNull();
        return e.problems().stream().map(p -> p.file() + ":" + p.line() + ":" + p.column() + ": " + p.message()).toList();
    }

    @Test
    void loadsEveryEntryWithItsUsersSourcesAndPlace() throws Exception {
        ReferenceData data = ReferenceDataLoader.load(inputs(GOOD), root);
        UseRegister register = data.useRegister();

        assertThat(register.file()).isEqualTo("inputs/reference/use-register.yaml");
        assertThat(register.ids()).containsExactlyInAnyOrder("TST-2012", "TST-2019");
        UseInstance first = register.instances().get(0);
        assertThat(first.until()).isNull();
        assertThat(first.activeIn(2011)).isFalse();
        assertThat(first.activeIn(2030)).isTrue();
        assertThat(first.users()).extracting(UseInstance.User::state, UseInstance.User::shown, UseInstance.User::used)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("XXA", "State A", true),
                        org.assertj.core.groups.Tuple.tuple("XXB", "XXB", false),
                        org.assertj.core.groups.Tuple.tuple(null, "An armed group", true));
        assertThat(first.latestSource()).isEqualTo(LocalDate.of(2020, 12, 9));
        assertThat(first.evidence().line()).isEqualTo(3);
        UseInstance second = register.instances().get(1);
        assertThat(second.activeIn(2019)).isTrue();
        assertThat(second.activeIn(2020)).isFalse();
        assertThat(second.period()).isEqualTo("2019");
    }

    @Test
    void anAbsentRegisterIsAnEmptyOne() throws Exception {
        ReferenceData data = ReferenceDataLoader.load(inputs(null), root);

        assertThat(data.useRegister().isEmpty()).isTrue();
        assertThat(data.useRegister().file()).isNull();
    }

    @Test
    void everyProblemOfAnEntryIsAnErrorAtItsPlace() throws Exception {
        List<String> problems = problemsOf("""
                format: lapcheck-use-register/1
                instances:
                  - id: TST-2012
                    title: Use in a test territory
                    territory: Test territory
                    period: {from: 2020, until: 2018}
                    status: rumoured
                    users:
                      - {state: XXA, actor: Both at once}
                      - {name: Neither}
                    sources:
                      - {title: A report, publisher: A monitor, date: 2020-11-01, link: "file:///etc/passwd"}
                    colour: red
                  - id: TST-2012
                    title: Use in a test territory
                    territory: Test territory
                    period: {from: 2020}
                    status: documented
                    sources: []
                  - id: not an id
                    title: Use in a test territory
                    territory: Test territory
                    period: {from: 2020}
                    status: documented
                """);

        String file = "inputs/reference/use-register.yaml";
        assertThat(problems).anyMatch(p -> p.startsWith(file + ":6:") && p.contains("period.until: 2018 is before its from 2020"));
        assertThat(problems).anyMatch(p -> p.startsWith(file + ":7:") && p.contains("rumoured"));
        assertThat(problems).anyMatch(p -> p.startsWith(file + ":9:") && p.contains("users[0]: give either a state (ISO3) or an actor (name), not both"));
        assertThat(problems).anyMatch(p -> p.startsWith(file + ":10:") && p.contains("users[1]: give either a state (ISO3) or an actor (name), not neither"));
        assertThat(problems).anyMatch(p -> p.startsWith(file + ":12:") && p.contains("is not a web address"));
        assertThat(problems).anyMatch(p -> p.startsWith(file + ":13:") && p.contains("colour"));
        assertThat(problems).anyMatch(p -> p.startsWith(file + ":14:") && p.contains("duplicate id 'TST-2012' (first at line 3)"));
        assertThat(problems).anyMatch(p -> p.startsWith(file + ":19:") && p.contains("sources: empty; every entry needs at least one public source"));
        assertThat(problems).anyMatch(p -> p.startsWith(file + ":20:") && p.contains("'not an id' is not an id"));
        assertThat(problems).anyMatch(p -> p.startsWith(file + ":20:") && p.contains("sources"));
    }

    @Test
    void refusesAnotherFormatAndControlCharacters() throws Exception {
        List<String> problems = problemsOf(GOOD.replace("lapcheck-use-register/1", "lapcheck-use-register/2")
                .replace("Test territory", "Test\u202Eterritory"));

        assertThat(problems).anyMatch(p -> p.startsWith("inputs/reference/use-register.yaml:1:") && p.contains("lapcheck-use-register/1"));
        assertThat(problems).anyMatch(p -> p.startsWith("inputs/reference/use-register.yaml:5:") && p.contains("U+202E"));
    }

    @Test
    void theBundledRegisterLoadsAndCitesOnlyPublicSources() throws Exception {
        UseRegister register = ReferenceDataLoader.load(TestProject.inputs(), TestProject.home()).useRegister();

        assertThat(register.ids()).containsExactlyInAnyOrder("SYRIA-2012", "LIBYA-2019", "NAGORNO-KARABAKH-2020");
        for (UseInstance i : register.instances()) {
            assertThat(i.sources()).as(i.id()).isNotEmpty().allMatch(s -> s.link().matches("https?://\\S+"));
            // every entry cites the article this project grew from
            assertThat(i.sources()).as(i.id()).anyMatch(s -> s.link().contains("humanitariandisarmament.org/2020/12/09/"));
        }
    }

    @Test
    void theSchemaListsExactlyTheKeysTheLoaderKnows() {
        YamlDocument doc = SafeYaml.parse(JsonSchema.USE_REGISTER.fileName(), JsonSchema.USE_REGISTER.text().getBytes(StandardCharsets.UTF_8));
        assertThat(doc.problems()).isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> schema = (Map<String, Object>) SafeYaml.toPlain(doc.root());
        Set<String> paths = new TreeSet<>();
        List<String> undescribed = new ArrayList<>();
        collect(schema, "", paths, undescribed);

        assertThat(schema).containsEntry("$schema", "https://json-schema.org/draft/2020-12/schema");
        assertThat(paths).isEqualTo(new TreeSet<>(Shape.paths(ReferenceFormats.USE_REGISTER)));
        assertThat(undescribed).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void collect(Map<String, Object> node, String prefix, Set<String> paths, List<String> undescribed) {
        if (node.get("properties") instanceof Map<?, ?> properties) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) properties).entrySet()) {
                String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
                Map<String, Object> child = (Map<String, Object>) e.getValue();
                paths.add(path);
                if (!child.containsKey("description")) {
                    undescribed.add(path);
                }
                collect(child, path, paths, undescribed);
            }
        }
        if (node.get("items") instanceof Map<?, ?> items) {
            collect((Map<String, Object>) items, prefix + "[]", paths, undescribed);
        }
    }

    @Test
    void aCaseRegisterGoesThroughTheSameChecks() {
        UseRegister register = ReferenceDataLoader.useRegisterFromText("case", GOOD);
        assertThat(register.instances()).hasSize(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReferenceDataLoader.useRegisterFromText("case",
                GOOD.replace("status: alleged", "status: maybe")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maybe");
    }
}
