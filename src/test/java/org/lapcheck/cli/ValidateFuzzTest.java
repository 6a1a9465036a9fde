package org.lapcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.lapcheck.TestProject;
import org.lapcheck.app.ValidateJob;
import org.lapcheck.assess.Assessor;
import org.lapcheck.knowledge.KieBaseCache;
import org.lapcheck.knowledge.RulebookLoader;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.model.StateParty;
import org.lapcheck.submission.LoadResult;
import org.lapcheck.submission.reference.ReferenceDataLoader;
import org.lapcheck.submission.SubmissionLoader;

/**
 * Coverage-guided fuzzing of the whole validate path (Jazzer): bytes loaded as a state's report, checked, and when
 * valid judged by the real rulebook and printed, as {@code ./lap validate} does. Seeded with bundled reports so the
 * fuzzer starts where the rules fire. Whatever the bytes: no exception, exit 0 or 2 (1 only with --fail-on), and
 * no control character in the output. Regression inputs:
 * {@code src/test/resources/org/lapcheck/cli/ValidateFuzzTestInputs/validateNeverCrashes/}.
 */
class ValidateFuzzTest {

    static ReferenceData reference;
    static SubmissionLoader loader;
    static Assessor assessor;

    @BeforeAll
    static void loadTheRealRulebookOnce() throws Exception {
        reference = ReferenceDataLoader.load(TestProject.inputs(), TestProject.home());
        loader = new SubmissionLoader(TestProject.home(),
                reference.membership().stream().map(StateParty::iso3).collect(Collectors.toSet()));
        assessor = new Assessor(new RulebookLoader(TestProject.home(),
                KieBaseCache.in(TestProject.home().resolve("target/kb-cache"))).load(TestProject.rules()), "fuzz");
    }

    @FuzzTest(maxDuration = "5m")
    void validateNeverCrashes(byte[] input) throws Exception {
        LoadResult loaded = loader.loadBytes("inputs/submissions/2025/DEU.yaml", input, null, null);
        StringWriter text = new StringWriter();

        LocalDate asOf = LocalDate.of(2026, 11, 29);
        int exit = ValidateCommand.print(ValidateJob.check(loaded, () -> assessor, reference, asOf), asOf, null,
                new PrintWriter(text));

        assertThat(exit).isIn(ExitCodes.OK, ExitCodes.INVALID_INPUT);
        assertThat(exit == ExitCodes.OK).isEqualTo(loaded.ok());
        assertThat(text.toString().chars().noneMatch(c -> c < 0x20 && c != '\n' || c == 0x7F))
                .as("no control character in:%n%s", text).isTrue();
    }
}
