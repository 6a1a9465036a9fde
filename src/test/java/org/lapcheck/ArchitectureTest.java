package org.lapcheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one-way architecture, executable: submission -> facts -> knowledge/assess -> report/notify -> app, with the
 * CLI and the web workbench on top, each only wiring over the application layer. Each library stays inside the package that owns it.
 */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lapcheck");
    }

    @Test
    void commandsAndPagesAssembleNothingThemselvesButCallTheApplicationLayer() {
        noClasses().that().resideInAnyPackage("org.lapcheck.cli..", "org.lapcheck.web..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.lapcheck.assess.Assessor")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.lapcheck.knowledge.RulebookLoader")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.lapcheck.knowledge.KieBaseCache")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.lapcheck.submission.SubmissionLoader")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.lapcheck.submission.reference.ReferenceDataLoader")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.lapcheck.report.ReportWriter")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.lapcheck.notify.Notifier")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.lapcheck.notify.SmtpDelivery")
                .check(classes);
    }

    @Test
    void onlyKnowledgeAndAssessUseDrools() {
        noClasses().that().resideOutsideOfPackages("org.lapcheck.knowledge..", "org.lapcheck.assess..")
                .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..")
                .check(classes);
    }

    @Test
    void onlySubmissionParsesYaml() {
        noClasses().that().resideOutsideOfPackage("org.lapcheck.submission..")
                .should().dependOnClassesThat().resideInAPackage("org.yaml..")
                .check(classes);
    }

    @Test
    void onlyNotifyUsesJakartaMail() {
        noClasses().that().resideOutsideOfPackage("org.lapcheck.notify..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.mail..", "org.eclipse.angus..")
                .check(classes);
    }

    @Test
    void onlyTheCliUsesPicocli() {
        noClasses().that().resideOutsideOfPackage("org.lapcheck.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(classes);
    }

    @Test
    void onlyTheWebWorkbenchUsesTheWebServer() {
        noClasses().that().resideOutsideOfPackage("org.lapcheck.web..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void theWebWorkbenchWorksThroughTheApplicationLayerAndKnowsNothingOfTheCommandLine() {
        noClasses().that().resideInAPackage("org.lapcheck.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lapcheck.cli..", "picocli..", "org.drools..",
                        "org.kie..", "org.yaml..")
                .check(classes);
        // nothing below it knows it; the command line only starts it (lap serve, and the bench that measures it)
        noClasses().that().resideOutsideOfPackages("org.lapcheck.web..", "org.lapcheck.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.lapcheck.web..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("org.lapcheck.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.lapcheck.model..", "java..")
                .check(classes);
    }

    @Test
    void submissionKnowsNothingDownstream() {
        noClasses().that().resideInAPackage("org.lapcheck.submission..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lapcheck.knowledge..", "org.lapcheck.assess..",
                        "org.lapcheck.report..", "org.lapcheck.notify..", "org.lapcheck.cli..")
                .check(classes);
    }

    @Test
    void reportAndNotifyKnowNothingOfTheEngineOrParsing() {
        noClasses().that().resideInAnyPackage("org.lapcheck.report..", "org.lapcheck.notify..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lapcheck.knowledge..", "org.lapcheck.assess..",
                        "org.lapcheck.submission..", "org.lapcheck.cli..")
                .check(classes);
    }

    @Test
    void theEmailsMayUseTheReportButTheReportKnowsNothingOfTheEmails() {
        // notify escapes HTML as the report does and attaches the report's CSV to the troika's overview: one way only
        noClasses().that().resideInAPackage("org.lapcheck.report..")
                .should().dependOnClassesThat().resideInAPackage("org.lapcheck.notify..")
                .check(classes);
    }

    @Test
    void theFindingsDocumentIsReadAndComparedKnowingOnlyTheModel() {
        noClasses().that().resideInAPackage("org.lapcheck.findings..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.lapcheck.findings..", "org.lapcheck.model..", "java..")
                .check(classes);
    }

    @Test
    void wordingIsOneRoomThatReportAndNotifyShareAndThatKnowsOnlyTheModel() {
        noClasses().that().resideInAPackage("org.lapcheck.wording..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.lapcheck.wording..", "org.lapcheck.model..", "java..")
                .check(classes);
    }

    @Test
    void theApplicationLayerAssemblesJobsButKnowsNothingOfTheCommandLine() {
        noClasses().that().resideInAPackage("org.lapcheck.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lapcheck.cli..", "picocli..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.lapcheck.model..", "org.lapcheck.submission..", "org.lapcheck.knowledge..",
                        "org.lapcheck.assess..", "org.lapcheck.report..", "org.lapcheck.notify..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lapcheck.app..", "org.lapcheck.web..")
                .check(classes);
    }

    @Test
    void nothingButTheCliDependsOnTheCli() {
        noClasses().that().resideOutsideOfPackage("org.lapcheck.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.lapcheck.cli..")
                .check(classes);
    }
}
