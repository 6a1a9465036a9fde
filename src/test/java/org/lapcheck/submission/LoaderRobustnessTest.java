package org.lapcheck.submission;

import org.lapcheck.submission.yaml.SafeYaml;
import org.lapcheck.submission.yaml.YamlDocument;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lapcheck.model.Problem;

/**
 * Garbage and mutated reports, from fixed seeds so a failure replays: the loader must never throw, every problem
 * must have a place (line and column from 1), and a report comes back exactly when there is no error.
 */
class LoaderRobustnessTest {

    private static final String[] TOKENS = {
        "&a ", "*a", "!!", "!!java.io.File ", "!%0", "!x ", "{", "}", "[", "]", "- ", ": ", "? ", "'", "\"", "\n---\n",
        "%YAML 1.1\n", "<<: ", "\t", "\u0000", "\uFEFF", "|", ">", "#", ",", "\n", "  ", "~", "null", "yes", "-1",
        "2025-02-30", "1e309", "99999999999999999999", ".inf", "\\u", "\uD83D\uDE00", "&x [*x]", "@", "`"
    };

    @TempDir
    Path root;

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void neverThrowsAndAlwaysGivesPositions(long seed) throws Exception {
        Random random = new Random(seed);
        byte[] input = mutate(random, SubmissionLoaderTest.fullReport().getBytes(StandardCharsets.UTF_8));
        Path file = root.resolve("inputs/submissions/2024/DEU.yaml");
        Files.createDirectories(file.getParent());
        Files.write(file, input);

        LoadResult result = new SubmissionLoader(root, SubmissionLoaderTest.KNOWN).load(file);

        assertThat(result.file()).isEqualTo("inputs/submissions/2024/DEU.yaml");
        assertThat(result.problems()).allSatisfy(p -> {
            assertThat(p.line()).isGreaterThanOrEqualTo(1);
            assertThat(p.column()).isGreaterThanOrEqualTo(1);
            assertThat(p.message()).isNotBlank();
            assertThat(p.file()).isEqualTo(result.file());
        });
        boolean anyError = result.problems().stream().anyMatch(Problem::isError);
        assertThat(result.report() == null).isEqualTo(anyError);
        assertThat(result.ok()).isEqualTo(!anyError);
        YamlDocument doc = SafeYaml.parse("x", input);
        if (doc.root() != null) {
            SafeYaml.toPlain(doc.root());
        }
    }

    private static byte[] mutate(Random random, byte[] report) {
        switch (random.nextInt(5)) {
            case 0: {
                byte[] garbage = new byte[random.nextInt(300)];
                random.nextBytes(garbage);
                return garbage;
            }
            case 1: {
                byte[] flipped = Arrays.copyOf(report, report.length);
                for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                    flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
                }
                return flipped;
            }
            case 2:
                return shuffleLines(random, new String(report, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            default: {
                StringBuilder text = new StringBuilder(new String(report, StandardCharsets.UTF_8));
                for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
                    text.insert(random.nextInt(text.length() + 1), TOKENS[random.nextInt(TOKENS.length)]);
                }
                return text.toString().getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    /** Drops, repeats, swaps and re-indents lines: the mistakes of hand-edited YAML. */
    private static String shuffleLines(Random random, String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(4)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                case 2 -> lines.set(at, " ".repeat(random.nextInt(5)) + lines.get(at).strip());
                default -> lines.set(at, lines.get(at).replaceAll(":\\s.*", ": " + TOKENS[random.nextInt(TOKENS.length)]));
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        return String.join("\n", lines);
    }
}
