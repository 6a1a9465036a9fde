package org.lapcheck.cli;

import org.lapcheck.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.model.Assessment;
import org.lapcheck.findings.FindingsJson;

/**
 * Two {@code assess} runs at once into the same report folder, one writing JSON only and one JSON and Markdown: both
 * succeed, and the folder left is exactly one run's set of files, whole and readable, never a mix of the two.
 */
class ConcurrentAssessTest {

    @TempDir
    Path root;

    @Test
    void twoAssessmentsAtOnceLeaveOneWholeReport() throws Exception {
        Path target = root.resolve("reports/2026-11-29");
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<CliRun> jsonOnly = CompletableFuture.supplyAsync(() -> {
            await(start);
            return CliRun.of("assess", "--as-of", "2026-11-29", "--out", target.toString(), "--format", "json");
        });
        CompletableFuture<CliRun> jsonAndMd = CompletableFuture.supplyAsync(() -> {
            await(start);
            return CliRun.of("assess", "--as-of", "2026-11-29", "--out", target.toString(), "--format", "json,md");
        });

        for (CliRun r : List.of(jsonOnly.get(), jsonAndMd.get())) {
            assertThat(r.exit()).as(r.all()).isEqualTo(ExitCodes.OK);
        }
        Set<String> files;
        try (Stream<Path> walk = Files.walk(target)) {
            files = walk.filter(Files::isRegularFile).map(p -> target.relativize(p).toString()).collect(Collectors.toSet());
        }
        Set<String> json = Set.of("findings.json", "explanations.json", org.lapcheck.report.ReportWriter.MARKER);
        if (files.contains("summary.md")) {
            // the Markdown run's whole set: the JSON pair, summary.md and one page per state assessed
            assertThat(files).containsAll(json).allMatch(f -> json.contains(f) || f.equals("summary.md")
                    || f.matches("states/[A-Z]{3}\\.md"));
            assertThat(files.stream().filter(f -> f.startsWith("states/"))).hasSizeGreaterThan(100);
        } else {
            assertThat(files).isEqualTo(json);
        }
        Assessment a = FindingsJson.read(Files.readString(target.resolve("findings.json")));
        assertThat(a.findings()).isNotEmpty();
        try (Stream<Path> beside = Files.list(target.getParent())) {
            assertThat(beside).containsExactly(target);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
