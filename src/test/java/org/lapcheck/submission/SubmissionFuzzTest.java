package org.lapcheck.submission;

import org.lapcheck.submission.yaml.SafeYaml;
import org.lapcheck.submission.yaml.YamlDocument;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.lapcheck.model.Problem;

/**
 * Coverage-guided fuzzing of the loader (Jazzer). In {@code mvn test} it runs only the regression inputs in
 * {@code src/test/resources/org/lapcheck/submission/SubmissionFuzzTestInputs/<method>/}; to fuzz for longer see
 * docs/robustness.md ({@code JAZZER_FUZZ=1 mvn -B test -Dtest=SubmissionFuzzTest}). Whatever the bytes: no
 * exception, every problem in this file at a line and column from 1, no control character in any message, at most
 * {@link SubmissionLoader#MAX_PROBLEMS} problems and a closing count, and a report exactly when there is no error.
 */
class SubmissionFuzzTest {

    private static final SubmissionLoader LOADER = new SubmissionLoader(java.nio.file.Path.of("."),
            java.util.Set.of("DEU", "FRA", "LAO", "NOR", "USA", "AUT"));

    @FuzzTest(maxDuration = "5m")
    void loaderNeverThrowsAndPlacesEveryProblem(byte[] input) {
        LoadResult result = LOADER.loadBytes("inputs/submissions/2024/DEU.yaml", input, 2024, "DEU");

        assertThat(result.file()).isEqualTo("inputs/submissions/2024/DEU.yaml");
        assertThat(result.problems()).hasSizeLessThanOrEqualTo(SubmissionLoader.MAX_PROBLEMS + 1);
        for (Problem p : result.problems()) {
            assertThat(p.file()).isEqualTo(result.file());
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isPositive();
            assertThat(p.message()).isNotBlank();
            assertThat(p.toString().chars().noneMatch(c -> c < 0x20 || c == 0x7F || c == 0x202E))
                    .as("no control character in %s", p).isTrue();
        }
        boolean anyError = result.problems().stream().anyMatch(Problem::isError);
        assertThat(result.report() == null).isEqualTo(anyError);
        if (result.report() != null) {
            assertThat(result.report().iso3()).isEqualTo("DEU");
            assertThat(result.report().year()).isEqualTo(2024);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void safeYamlNeverThrowsAndGivesPlainValues(byte[] input) {
        YamlDocument doc = SafeYaml.parse("x.yaml", input);

        assertThat(doc.root() != null || !doc.problems().isEmpty()).isTrue();
        if (doc.root() != null) {
            Object plain = SafeYaml.toPlain(doc.root());
            if (plain instanceof java.util.Map<?, ?> || plain instanceof java.util.List<?>) {
                // what reads back must dump again: no object graph can hide in a plain tree
                SafeYaml.dump(plain);
            }
        }
    }
}
