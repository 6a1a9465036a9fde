package org.lapcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files a renderer hands over reach the disk byte for byte, streamed in chunks, and nothing else does. */
class ReportWriterTest {

    @TempDir
    Path reports;

    private static final ReportContext NONE = new ReportContext(null, List.of(), Map.of(), Locale.ENGLISH, null);

    private static Renderer writing(Map<String, CharSequence> files) {
        return new Renderer() {

            @Override
            public void render(ReportContext context, ReportSink out) throws IOException {
                for (Map.Entry<String, CharSequence> f : files.entrySet()) {
                    out.put(f.getKey(), f.getValue());
                }
            }
        };
    }

    @Test
    void largeTextIsWrittenWholeAsUtf8EvenWithSurrogatePairsAcrossChunks() throws IOException {
        // Seeded text several chunks long, with emoji (surrogate pairs) at and around every 64 Ki boundary.
        Random random = new Random(7);
        String alphabet = "aé—中<\n\uD83D\uDE00";
        StringBuilder big = new StringBuilder();
        while (big.length() < 300_000) {
            int boundary = (1 << 16) * (big.length() / (1 << 16) + 1);
            if (big.length() == boundary - 1) {
                big.append("\uD83D\uDE00"); // the pair straddles the chunk edge
            } else {
                int i = random.nextInt(alphabet.length() - 1);
                big.append(i == alphabet.length() - 2 ? "\uD83D\uDE00" : String.valueOf(alphabet.charAt(i)));
            }
        }
        String asString = big.toString();
        Map<String, Path> written = new ReportWriter(List.of(writing(Map.of("big.txt", big, "same-as-string.txt",
                asString, "empty.txt", "")))).write(NONE, reports.resolve("2026-11-29"));

        assertThat(Files.readString(written.get("big.txt"), StandardCharsets.UTF_8)).isEqualTo(asString);
        assertThat(Files.readAllBytes(written.get("same-as-string.txt")))
                .isEqualTo(asString.getBytes(StandardCharsets.UTF_8));
        assertThat(written.get("empty.txt")).isEmptyFile();
    }

    @Test
    void aRendererWritingOutsideTheFolderFailsAndLeavesNothing() {
        Path target = reports.resolve("2026-11-29");
        assertThatThrownBy(() -> new ReportWriter(List.of(writing(Map.of("../escaped.txt", "x")))).write(NONE, target))
                .isInstanceOf(IOException.class).hasMessageContaining("outside the report folder");
        assertThat(target).doesNotExist();
        assertThat(reports.resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void twoRenderersWritingOneNameIsAnErrorNotASilentOverwrite() throws IOException {
        Path target = reports.resolve("2026-11-29");
        assertThatThrownBy(() -> new ReportWriter(List.of(writing(Map.of("a.txt", "one")), writing(Map.of("a.txt", "two"))))
                .write(NONE, target)).isInstanceOf(IOException.class).hasMessageContaining("a.txt");
        assertThat(target).doesNotExist();
        try (Stream<Path> left = Files.list(reports)) {
            assertThat(left).isEmpty(); // the staging folder is gone too
        }
    }

    private static Renderer slow(String prefix, int files, long seed) {
        Random random = new Random(seed);
        return new Renderer() {

            @Override
            public void render(ReportContext context, ReportSink out) throws IOException {
                for (int i = 0; i < files; i++) {
                    pause(random.nextInt(15));
                    out.put(prefix + "/" + i + ".txt", prefix + i);
                }
            }
        };
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theFilesComeBackInTheRenderersOrderHoweverTheirWorkInterleaves() throws IOException {
        List<Renderer> renderers = List.of(slow("a", 4, 1), slow("b", 4, 2), slow("c", 4, 3), slow("d", 4, 4));
        List<String> expected = List.of("a", "b", "c", "d").stream()
                .flatMap(p -> Stream.of(0, 1, 2, 3).map(i -> p + "/" + i + ".txt")).toList();
        for (int run = 0; run < 3; run++) {
            Path target = reports.resolve("2026-11-29");
            Map<String, Path> written = new ReportWriter(renderers).write(NONE, target);
            assertThat(written.keySet()).containsExactlyElementsOf(expected);
            assertThat(target.resolve("c/2.txt")).hasContent("c2");
        }
    }

    @Test
    void aFailingRendererFailsTheReportOnlyAfterTheOthersHaveStoppedWriting() throws Exception {
        Renderer failing = new Renderer() {

            @Override
            public void render(ReportContext context, ReportSink out) throws IOException {
                throw new IOException("disk full (simulated)");
            }
        };
        Path target = reports.resolve("2026-11-29");
        assertThatThrownBy(() -> new ReportWriter(List.of(failing, slow("late", 10, 9))).write(NONE, target))
                .isInstanceOf(IOException.class).hasMessageContaining("disk full");
        pause(300); // had the slow renderer outlived the call, it would write into a deleted staging folder now
        try (Stream<Path> left = Files.walk(reports)) {
            assertThat(left.filter(p -> !p.equals(reports))).isEmpty();
        }
    }

    @Test
    void aFolderLapcheckDidNotWriteIsNeitherReplacedNorDeleted() throws IOException {
        // --out reports: the folder of every earlier assessment, the outbox and the ledger
        Path earlier = Files.createDirectories(reports.resolve("2026-11-28"));
        Files.writeString(earlier.resolve("findings.json"), "{}");
        Files.writeString(Files.createDirectories(reports.resolve("outbox")).resolve("a.eml"), "mail");
        Files.writeString(reports.resolve("ledger.tsv"), "sent\n");
        ReportWriter writer = new ReportWriter(List.of(writing(Map.of("a.txt", "new"))));

        assertThatThrownBy(() -> writer.write(NONE, reports)).isInstanceOf(ReportTargetException.class)
                .hasMessageContaining(reports + " cannot be replaced by a report: it holds files lapcheck did not write");
        assertThatThrownBy(() -> writer.write(NONE, earlier)).isInstanceOf(ReportTargetException.class)
                .hasMessageContaining("delete it or create .lapcheck-report in it");
        Path file = reports.resolve("ledger.tsv");
        assertThatThrownBy(() -> writer.write(NONE, file)).isInstanceOf(ReportTargetException.class)
                .hasMessageContaining("it is a file, not a folder");
        Path link = Files.createSymbolicLink(reports.resolve("latest"), earlier);
        assertThatThrownBy(() -> writer.write(NONE, link)).isInstanceOf(ReportTargetException.class)
                .hasMessageContaining("it is a link");

        assertThat(Files.readString(earlier.resolve("findings.json"))).isEqualTo("{}");
        assertThat(Files.readString(reports.resolve("outbox/a.eml"))).isEqualTo("mail");
        assertThat(Files.readString(reports.resolve("ledger.tsv"))).isEqualTo("sent\n");
        try (Stream<Path> left = Files.list(reports)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("2026-11-28", "outbox", "ledger.tsv", "latest");
        }
    }

    @Test
    void aReportLapcheckWroteAndAnEmptyFolderAreReplacedAndCarryTheMarker() throws IOException {
        Path target = reports.resolve("2026-11-29");
        new ReportWriter(List.of(writing(Map.of("a.txt", "first", "b.txt", "first")))).write(NONE, target);
        assertThat(target.resolve(ReportWriter.MARKER)).isRegularFile();

        new ReportWriter(List.of(writing(Map.of("a.txt", "second")))).write(NONE, target);
        assertThat(Files.readString(target.resolve("a.txt"))).isEqualTo("second");
        assertThat(target.resolve("b.txt")).doesNotExist();

        Path empty = Files.createDirectories(reports.resolve("empty"));
        new ReportWriter(List.of(writing(Map.of("a.txt", "x")))).write(NONE, empty);
        assertThat(empty.resolve("a.txt")).hasContent("x");
        assertThatThrownBy(() -> new ReportWriter(List.of(writing(Map.of(ReportWriter.MARKER, "x")))).write(NONE,
                reports.resolve("other"))).isInstanceOf(IOException.class);
    }

    @Test
    void stagingFoldersAKilledRunLeftAreCleanedOnlyWhenTheyAreLapchecksAndOld() throws IOException {
        java.nio.file.attribute.FileTime twoHoursAgo = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(2)));
        Path killed = Files.createDirectories(reports.resolve(".2026-11-29.tmp-k1ll3d"));
        Files.writeString(killed.resolve(ReportWriter.MARKER), "");
        Files.writeString(killed.resolve("findings.json"), "half");
        Files.setLastModifiedTime(killed, twoHoursAgo);
        Path running = Files.createDirectories(reports.resolve(".2026-11-29.tmp-runn1ng"));
        Files.writeString(running.resolve(ReportWriter.MARKER), "");
        Path someones = Files.createDirectories(reports.resolve(".2026-11-29.tmp-n0tours"));
        Files.writeString(someones.resolve("notes.txt"), "mine");
        Files.setLastModifiedTime(someones, twoHoursAgo);

        new ReportWriter(List.of(writing(Map.of("a.txt", "x")))).write(NONE, reports.resolve("2026-11-29"));

        assertThat(killed).doesNotExist();
        assertThat(running).isDirectory();
        assertThat(someones.resolve("notes.txt")).hasContent("mine");
    }
}
