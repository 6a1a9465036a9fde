package org.lapcheck.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.model.Problem;

class SubmissionFinderTest {

    @TempDir
    Path root;

    private void touch(String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }

    @Test
    void listsSubmissionsSortedByYearThenIso3() throws IOException {
        touch("inputs/submissions/2025/AUT.yaml");
        touch("inputs/submissions/2024/FRA.yaml");
        touch("inputs/submissions/2024/DEU.yaml");
        touch("inputs/submissions/2024/.gitkeep");
        touch("inputs/submissions/README.md");

        SubmissionFinder.Submissions found = SubmissionFinder.find(root.resolve("inputs"), root);

        assertThat(found.problems()).isEmpty();
        assertThat(found.files()).extracting(p -> DisplayPaths.of(root, p)).containsExactly(
                "inputs/submissions/2024/DEU.yaml",
                "inputs/submissions/2024/FRA.yaml",
                "inputs/submissions/2025/AUT.yaml");
    }

    @Test
    void reportsStrayFilesAndFoldersInsteadOfSkippingThem() throws IOException {
        touch("inputs/submissions/2024/DEU.yaml");
        touch("inputs/submissions/2024/deu.yaml");
        touch("inputs/submissions/2024/FRA.yml");
        touch("inputs/submissions/2024/notes.txt");
        touch("inputs/submissions/2024/old/AUT.yaml");
        touch("inputs/submissions/drafts/AUT.yaml");
        touch("inputs/submissions/AUT.yaml");

        SubmissionFinder.Submissions found = SubmissionFinder.find(root.resolve("inputs"), root);

        assertThat(found.files()).extracting(p -> p.getFileName().toString()).containsExactly("DEU.yaml");
        assertThat(found.problems()).extracting(Problem::file, Problem::level).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("inputs/submissions/2024/DEU.yaml", Problem.Level.ERROR),
                org.assertj.core.groups.Tuple.tuple("inputs/submissions/2024/deu.yaml", Problem.Level.ERROR),
                org.assertj.core.groups.Tuple.tuple("inputs/submissions/2024/FRA.yml", Problem.Level.ERROR),
                org.assertj.core.groups.Tuple.tuple("inputs/submissions/2024/notes.txt", Problem.Level.WARNING),
                org.assertj.core.groups.Tuple.tuple("inputs/submissions/2024/old", Problem.Level.ERROR),
                org.assertj.core.groups.Tuple.tuple("inputs/submissions/drafts", Problem.Level.ERROR),
                org.assertj.core.groups.Tuple.tuple("inputs/submissions/AUT.yaml", Problem.Level.ERROR));
        assertThat(found.problems()).filteredOn(p -> !p.file().endsWith("/DEU.yaml"))
                .allSatisfy(p -> assertThat(p.message()).contains("inputs/submissions/<YEAR>/<ISO3>.yaml"));
    }

    @Test
    void twoFilesForOneStateAndYearAreBothErrors() throws IOException {
        touch("inputs/submissions/2025/DEU.yaml");
        touch("inputs/submissions/2025/DEU.yml");
        touch("inputs/submissions/2025/FRA.yaml");

        SubmissionFinder.Submissions found = SubmissionFinder.find(root.resolve("inputs"), root);

        assertThat(found.files()).extracting(p -> p.getFileName().toString()).containsExactly("DEU.yaml", "FRA.yaml");
        assertThat(found.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
                "inputs/submissions/2025/DEU.yaml:1:1: error: DEU.yaml and DEU.yml both hold the report of DEU covering"
                        + " 2025: one report per state and year can be assessed, so neither is; keep one file, named DEU.yaml",
                "inputs/submissions/2025/DEU.yml:1:1: error: not read: a second file for DEU beside DEU.yaml; one report"
                        + " per state and year (expected inputs/submissions/<YEAR>/<ISO3>.yaml): merge the two and remove"
                        + " 'DEU.yml'");
    }

    @Test
    void aMisspelledNameAloneIsToldItsRightName() throws IOException {
        touch("inputs/submissions/2025/fra.yml");

        SubmissionFinder.Submissions found = SubmissionFinder.find(root.resolve("inputs"), root);

        assertThat(found.files()).isEmpty();
        assertThat(found.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).endsWith("rename it FRA.yaml");
        });
    }

    @Test
    void aFileNameIsShownNeverObeyed() throws IOException {
        touch("inputs/submissions/2025/x\nDEU.yaml: valid\u001b[2K.yaml");

        SubmissionFinder.Submissions found = SubmissionFinder.find(root.resolve("inputs"), root);

        assertThat(found.problems()).singleElement().satisfies(p -> {
            assertThat(p.toString()).doesNotContain("\n").doesNotContain("\u001b");
            assertThat(p.file()).isEqualTo("inputs/submissions/2025/x\\nDEU.yaml: valid\\u001B[2K.yaml");
        });
    }

    @Test
    void aMissingSubmissionsFolderIsAWarning() {
        SubmissionFinder.Submissions found = SubmissionFinder.find(root.resolve("inputs"), root);

        assertThat(found.files()).isEmpty();
        assertThat(found.problems()).singleElement().satisfies(p -> assertThat(p.isError()).isFalse());
    }

    @Test
    void listsAnInitialReportBesideTheAnnualReportOfTheSameYear() throws IOException {
        touch("inputs/submissions/2023/NGA.yaml");
        touch("inputs/submissions/2023/NGA.initial.yaml");

        SubmissionFinder.Submissions found = SubmissionFinder.find(root.resolve("inputs"), root);

        assertThat(found.problems()).isEmpty();
        assertThat(found.files()).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("NGA.yaml", "NGA.initial.yaml");
    }

    @Test
    void namesAReportWhoseFileNameHasAWrongCaseOrATrailingSpace() throws IOException {
        touch("inputs/submissions/2025/CPV.YAML");
        touch("inputs/submissions/2025/BDI.yaml ");

        SubmissionFinder.Submissions found = SubmissionFinder.find(root.resolve("inputs"), root);

        assertThat(found.files()).isEmpty();
        assertThat(found.problems()).allMatch(Problem::isError).hasSize(2);
        assertThat(found.problems()).anySatisfy(p -> assertThat(p.message()).contains("rename it CPV.yaml"));
        assertThat(found.problems()).anySatisfy(p -> assertThat(p.message()).contains("white space").contains("rename it BDI.yaml"));
    }
}
