package org.lapcheck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lapcheck.TestProject;
import org.lapcheck.model.StateFact;

/**
 * Keeps state codes plain properties for Drools (see {@link StateFact}): a new fact type without the getter, or a
 * rule binding {@code iso3()}, compiles and assesses correctly but sends every join on it through interpreted MVEL.
 */
class FactPropertiesTest {

    private static final Pattern BOUND_THROUGH_A_CALL = Pattern.compile("\\$\\w+\\s*:\\s*iso3\\s*\\(\\s*\\)");

    @Test
    void everyFactRecordWithAStateCodeIsAStateFact() {
        List<String> missing = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lapcheck.model")) {
            Class<?> type = c.reflect();
            if (type.isRecord() && Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .anyMatch("iso3"::equals) && !StateFact.class.isAssignableFrom(type)) {
                missing.add(type.getName());
            }
        }
        assertThat(missing).as("records with an iso3 component that do not implement StateFact").isEmpty();
    }

    @Test
    void noRuleBindsTheStateCodeThroughAMethodCall() throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TestProject.rules())) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                List<String> lines = Files.readAllLines(drl);
                for (int i = 0; i < lines.size(); i++) {
                    if (BOUND_THROUGH_A_CALL.matcher(lines.get(i)).find()) {
                        offending.add(TestProject.rules().relativize(drl) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(offending).as("write $iso : iso3, not $iso : iso3()").isEmpty();
    }
}
