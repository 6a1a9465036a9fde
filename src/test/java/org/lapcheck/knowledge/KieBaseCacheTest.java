package org.lapcheck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.TestProject;
import org.lapcheck.assess.cases.CaseOutcome;
import org.lapcheck.assess.cases.CaseRunner;
import org.lapcheck.assess.cases.RuleCaseReader;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.model.StateParty;
import org.lapcheck.submission.reference.ReferenceDataLoader;
import org.lapcheck.submission.SubmissionLoader;

/**
 * The knowledge-base cache: an unchanged rulebook comes back from disk and judges exactly as the compiled one
 * (every rule case passes on it), any change to a rule file is another key, and a damaged or hostile entry is
 * ignored, deleted and never deserialised into anything but engine classes. One compile for the whole class.
 */
class KieBaseCacheTest {

    @TempDir
    static Path cacheDir;

    static KieBaseCache cache;
    static Rulebook compiled;
    static Rulebook cached;
    static String key;

    @BeforeAll
    static void compileOnceThenLoadFromTheCache() throws Exception {
        cache = KieBaseCache.in(cacheDir);
        RulebookLoader loader = new RulebookLoader(TestProject.home(), cache);
        compiled = loader.load(TestProject.rules());
        cached = loader.load(TestProject.rules());
        key = KieBaseCache.key(RulebookCompiler.hash(TestProject.rules()));
    }

    @Test
    void anUnchangedRulebookIsLoadedFromTheCacheWithTheSameRules() {
        assertThat(cache.misses()).isEqualTo(1);
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(Files.isRegularFile(cache.entry(key))).isTrue();
        assertThat(cached.kieBase()).isNotSameAs(compiled.kieBase());
        assertThat(cached.rules()).isEqualTo(compiled.rules());
        assertThat(cached.sha256()).isEqualTo(compiled.sha256());
    }

    @Test
    void theCachedKnowledgeBasePassesEveryRuleCase() throws Exception {
        ReferenceData reference = ReferenceDataLoader.load(TestProject.inputs(), TestProject.home());
        SubmissionLoader loader = new SubmissionLoader(TestProject.home(),
                reference.membership().stream().map(StateParty::iso3).collect(Collectors.toSet()));
        CaseRunner runner = new CaseRunner(cached, reference, loader);

        List<CaseOutcome> outcomes = new RuleCaseReader(TestProject.home()).readAll(TestProject.rules()).stream()
                .flatMap(f -> runner.run(f).stream()).toList();

        assertThat(outcomes).isNotEmpty().allSatisfy(o -> assertThat(o.passed()).as(o.describe()).isTrue());
    }

    @Test
    void anyChangeUnderRulesIsAnotherKey(@TempDir Path copy) throws IOException {
        TestProject.copyTree(TestProject.rules(), copy);
        String before = KieBaseCache.key(RulebookCompiler.hash(copy));
        Path drl;
        try (Stream<Path> walk = Files.walk(copy)) {
            drl = walk.filter(p -> p.toString().endsWith(".drl")).findFirst().orElseThrow();
        }

        Files.writeString(drl, "\n// an edit\n", StandardOpenOption.APPEND);

        assertThat(before).isEqualTo(key);
        assertThat(KieBaseCache.key(RulebookCompiler.hash(copy))).isNotEqualTo(before);
    }

    @Test
    void aTruncatedEntryIsIgnoredAndDeleted() throws IOException {
        String other = "truncated-" + key;
        byte[] whole = Files.readAllBytes(cache.entry(key));
        Files.write(cache.entry(other), Arrays.copyOf(whole, whole.length / 2));

        assertThat(cache.load(other)).isEmpty();
        assertThat(cache.entry(other)).doesNotExist();
    }

    @Test
    void anAlteredEntryFailsItsChecksumAndIsDeleted() throws IOException {
        String other = "altered-" + key;
        byte[] bytes = Files.readAllBytes(cache.entry(key));
        bytes[bytes.length - 100] ^= 0x01;
        Files.write(cache.entry(other), bytes);

        assertThat(cache.load(other)).isEmpty();
        assertThat(cache.entry(other)).doesNotExist();
    }

    @Test
    void anEntryOfOtherClassesIsNeverDeserialised() throws IOException {
        String other = "hostile-" + key;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(List.of(new java.io.File("/etc/passwd"))));
        }
        cache.writeEntry(other, bytes.toByteArray());

        assertThat(cache.load(other)).isEmpty();
        assertThat(cache.entry(other)).doesNotExist();
    }

    @Test
    void garbageUnderTheKeyIsIgnored() throws IOException {
        String other = "garbage-" + key;
        Files.writeString(cache.entry(other), "not a knowledge base");

        assertThat(cache.load(other)).isEmpty();
    }

}
