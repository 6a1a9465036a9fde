package org.lapcheck.submission;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

/** SnakeYAML stays inside this package: nobody else imports it, and no public signature here exposes it. */
class SnakeYamlConfinementTest {

    private static final JavaClasses LAPCHECK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lapcheck");

    @Test
    void onlyTheYamlRoomUsesSnakeYaml() {
        noClasses().that().resideOutsideOfPackage("org.lapcheck.submission.yaml")
                .should().dependOnClassesThat().resideInAPackage("org.yaml..")
                .allowEmptyShould(true)
                .check(LAPCHECK);
    }

    @Test
    void noPublicMethodOfThePackageReturnsOrTakesASnakeYamlType() {
        DescribedPredicate<JavaClass> snakeYaml = JavaClass.Predicates.resideInAPackage("org.yaml..");
        methods().that().areDeclaredInClassesThat().resideInAPackage("org.lapcheck.submission..")
                .and().areDeclaredInClassesThat().arePublic()
                .and().haveModifier(JavaModifier.PUBLIC)
                .should().haveRawReturnType(DescribedPredicate.not(snakeYaml))
                .andShould().haveRawParameterTypes(DescribedPredicate.not(
                        DescribedPredicate.anyElementThat(snakeYaml)))
                .check(LAPCHECK);
    }
}
