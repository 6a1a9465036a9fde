package org.lapcheck.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** report knows the model and the JDK only: no Drools, no YAML, no assess (the architecture's one direction). */
class ReportDependenciesTest {

    @Test
    void reportDependsOnTheModelAndTheJdkOnly() {
        JavaClasses report = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lapcheck.report");
        noClasses().that().resideInAPackage("org.lapcheck.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lapcheck.assess..", "org.lapcheck.knowledge..",
                        "org.lapcheck.submission..", "org.lapcheck.notify..", "org.lapcheck.cli..", "org.kie..",
                        "org.drools..", "org.yaml..", "picocli..")
                .check(report);
    }
}
