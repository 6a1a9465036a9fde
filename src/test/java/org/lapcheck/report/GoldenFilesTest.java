package org.lapcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every renderer against its golden files under {@code src/test/resources/golden/<case>/}: each output file must
 * have a golden file and each golden file an output (orphans fail, as in google-java-format's harness).
 * {@code mvn test -Dgolden.update=true} rewrites them; review the diff before committing.
 */
class GoldenFilesTest {

    static final Path GOLDEN = Fixtures.home().resolve("src/test/resources/golden");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    record Case(String name, Renderer renderer, ReportContext context) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("json", new JsonRenderer(), Fixtures.context()),
                new Case("json-first-run", new JsonRenderer(), Fixtures.firstRun()),
                new Case("md", new MarkdownRenderer(), Fixtures.context()),
                new Case("md-fr", new MarkdownRenderer(), Fixtures.context(Locale.FRENCH)),
                new Case("html", new HtmlRenderer(), Fixtures.context()),
                new Case("csv", new CsvRenderer(), Fixtures.context()),
                new Case("csv-es", new CsvRenderer(), Fixtures.context(Locale.forLanguageTag("es"))),
                new Case("sarif", new SarifRenderer(), Fixtures.context()),
                new Case("junit", new JunitRenderer(), Fixtures.context()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersExactlyTheGoldenFiles(Case c) throws IOException {
        Map<String, byte[]> output = c.renderer().render(c.context());
        Path dir = GOLDEN.resolve(c.name());
        if (UPDATE) {
            ReportWriter.deleteTree(dir);
            for (Map.Entry<String, byte[]> f : output.entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
            return;
        }
        Set<String> golden = filesUnder(dir);
        for (Map.Entry<String, byte[]> f : output.entrySet()) {
            if (!golden.contains(f.getKey())) {
                fail("%s wrote %s, which has no golden file; run mvn test -Dgolden.update=true and review the diff",
                        c.name(), f.getKey());
            }
            assertThat(new String(f.getValue(), StandardCharsets.UTF_8))
                    .as("%s/%s (mvn test -Dgolden.update=true rewrites it)", c.name(), f.getKey())
                    .isEqualTo(Files.readString(dir.resolve(f.getKey()), StandardCharsets.UTF_8));
        }
        Set<String> orphans = new TreeSet<>(golden);
        orphans.removeAll(output.keySet());
        assertThat(orphans).as("golden files of %s that the renderer no longer writes", c.name()).isEmpty();
    }

    @Test
    void everyGoldenFolderBelongsToACase() throws IOException {
        if (UPDATE) {
            try (Stream<Path> dirs = Files.list(GOLDEN)) {
                for (Path d : dirs.toList()) {
                    if (cases().stream().noneMatch(c -> c.name().equals(d.getFileName().toString()))) {
                        ReportWriter.deleteTree(d);
                    }
                }
            }
            return;
        }
        Set<String> names = cases().stream().map(Case::name).collect(Collectors.toSet());
        try (Stream<Path> entries = Files.list(GOLDEN)) {
            assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> !names.contains(n)).sorted().toList())
                    .as("golden files or folders no case renders").isEmpty();
        }
    }

    static Set<String> filesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
