package org.lapcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several runs writing the same report folder at once, as two {@code ./lap assess} of one day do: every folder a
 * run leaves is one run's whole report, never files of two runs, and nothing is left beside it.
 */
class ReportWriterConcurrencyTest {

    private static final int WRITERS = 4;
    private static final int RUNS = 20;

    @TempDir
    Path reports;

    /** Writes three files, in two folders, each stamped with the writer and run, the first one large. */
    private static Renderer stamped(String stamp) {
        return new Renderer() {

            @Override
            public void render(ReportContext context, ReportSink out) throws IOException {
                out.put("findings.json", "{\"run\": \"" + stamp + "\", \"pad\": \"" + "x".repeat(200_000) + "\"}");
                out.put("summary.md", "# " + stamp + "\n");
                out.put("by-state/DEU.md", "# " + stamp + "\n");
            }
        };
    }

    private static String stampOf(Path file) throws IOException {
        String text = Files.readString(file);
        return text.startsWith("{") ? text.substring(9, text.indexOf('"', 9)) : text.substring(2).strip();
    }

    @Test
    void concurrentWritersEachLeaveAWholeReportAndNothingBesideIt() throws Exception {
        Path target = reports.resolve("2026-11-29");
        ReportContext context = new ReportContext(null, List.of(), Map.of(), Locale.ENGLISH, null);
        CyclicBarrier start = new CyclicBarrier(WRITERS);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<List<String>>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                start.await();
                List<String> stamps = new ArrayList<>();
                for (int run = 0; run < RUNS; run++) {
                    String stamp = "writer-" + writer + "-run-" + run;
                    new ReportWriter(List.of(stamped(stamp))).write(context, target);
                    stamps.add(stamp);
                }
                return stamps;
            }));
        }
        List<String> lastOfEach = new ArrayList<>();
        for (Future<List<String>> f : done) {
            List<String> stamps = f.get(); // rethrows any writer's failure
            lastOfEach.add(stamps.get(stamps.size() - 1));
        }
        pool.shutdown();

        String stamp = stampOf(target.resolve("findings.json"));
        assertThat(lastOfEach).as("the folder is the last report of one of the writers").contains(stamp);
        assertThat(stampOf(target.resolve("summary.md"))).isEqualTo(stamp);
        assertThat(stampOf(target.resolve("by-state/DEU.md"))).isEqualTo(stamp);
        try (Stream<Path> files = Files.walk(target)) {
            assertThat(files.filter(Files::isRegularFile).count()).as("three reports and the marker").isEqualTo(4);
        }
        try (Stream<Path> beside = Files.list(reports)) {
            assertThat(beside).as("no staging or old folder left behind").containsExactly(target);
        }
    }

    @Test
    void aReportFolderIsMadeLikeAnyOtherFolderNotPrivately() throws IOException {
        Path target = reports.resolve("2026-11-29");
        Path plain = Files.createDirectory(reports.resolve("plain"));

        new ReportWriter(List.of(stamped("one"))).write(new ReportContext(null, List.of(), Map.of(), Locale.ENGLISH, null),
                target);

        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(expected);
    }
}
