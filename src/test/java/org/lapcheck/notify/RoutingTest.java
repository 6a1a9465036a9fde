package org.lapcheck.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lapcheck.notify.Fixtures.assessment;
import static org.lapcheck.notify.Fixtures.contact;
import static org.lapcheck.FindingBuilder.finding;
import static org.lapcheck.notify.Fixtures.findings;
import static org.lapcheck.notify.Fixtures.machinery;
import static org.lapcheck.notify.Fixtures.office;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lapcheck.model.Finding;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Severity;

class RoutingTest {

    private final Routing.Routes routes = Routing.route(assessment(findings()), machinery(), Map.of());

    private Recipient recipient(String key) {
        return routes.recipients().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow(
                () -> new AssertionError("no recipient " + key + " in " + routes.recipients().stream().map(Recipient::key).toList()));
    }

    private static List<String> rules(Recipient r) {
        return r.findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void routesOneMessagePerOfficeAndAudienceWithAnAddress() {
        assertThat(routes.recipients()).extracting(Recipient::key).containsExactly(
                "presidency-lao", "troika-president-lao", "troika-president-outgoing-phl",
                "coordinator-clearance-ita", "coordinator-clearance-nor", "coordinator-transparency-bel",
                "gender-focal-point-can", "isu-isu-ccm");
    }

    @Test
    void eachCoordinatorGetsTheFindingsOfTheirAreaOnly() {
        assertThat(rules(recipient("coordinator-clearance-ita"))).containsExactly("A4-EARLY-WARNING", "A4-STRATEGY");
        assertThat(rules(recipient("coordinator-clearance-nor"))).containsExactly("A4-EARLY-WARNING", "A4-STRATEGY");
        assertThat(rules(recipient("coordinator-transparency-bel")))
                .containsExactlyInAnyOrder("T-ANNUAL-LATE", "T-SUPPORT", "T-EARLY");
    }

    @Test
    void genderFocalPointsGetGenderAndDiversityFindingsFromEveryArea() {
        assertThat(rules(recipient("gender-focal-point-can"))).containsExactlyInAnyOrder("G-DATA-NOT-REPORTED", "VA-DATA");
    }

    @Test
    void thePresidencyGetsEarlyWarningsComplianceAndMachineryFindings() {
        assertThat(rules(recipient("presidency-lao"))).containsExactlyInAnyOrder("A4-EARLY-WARNING", "M-TROIKA-MISSING", "ART8-CLARIFICATION-UNANSWERED");
    }

    @Test
    void theIsuGetsWhatIsRoutedToIt() {
        assertThat(rules(recipient("isu-isu-ccm"))).containsExactly("T-SUPPORT");
    }

    @Test
    void thePresidentGetsThePresidencyDigestAndTheTroikaOverviewAsTwoMessages() {
        assertThat(routes.recipients()).filteredOn(r -> r.address().equals("president@example.org"))
                .extracting(Recipient::audience).containsExactly(Audience.PRESIDENCY, Audience.TROIKA);
    }

    @Test
    void anOfficeWithoutAnAddressIsReportedNotRouted() {
        assertThat(routes.unaddressed()).extracting(Unaddressed::key)
                .containsExactly("troika-president-designate", "coordinator-cooperation-fra");
        assertThat(routes.unaddressed()).noneMatch(Unaddressed::malformed);
        assertThat(routes.unaddressed().get(1).reason()).contains("no e-mail address", "cooperation", "FRA");
    }

    @Test
    void aMalformedMachineryAddressIsReportedAsMalformedAndNotRouted() {
        Routing.Routes r = Routing.route(assessment(findings()), machinery(
                office("coordinator", "clearance", "ITA", "clearance-ita@@example.org", "en"),
                office("coordinator", "clearance", "NOR", "clearance-nor@example.org\r\nBcc: evil@example.org", "en"),
                office("coordinator", "transparency", "BEL", "Belgium <transparency-bel@example.org>", "fr")), Map.of());

        assertThat(r.recipients()).isEmpty();
        assertThat(r.unaddressed()).extracting(Unaddressed::key).containsExactly(
                "coordinator-clearance-ita", "coordinator-clearance-nor", "coordinator-transparency-bel");
        assertThat(r.unaddressed()).allMatch(Unaddressed::malformed);
        assertThat(r.unaddressed().get(1).reason()).contains("control characters").doesNotContain("\n");
    }

    @Test
    void findingsThatReachNoOneByNameAreCountedByArea() {
        assertThat(routes.unreachedByArea()).containsExactly(Map.entry("cooperation", 1));
    }

    @Test
    void mandatesAddToWhatAnOfficeReceives() {
        Routing.Routes r = Routing.route(assessment(findings()), machinery(
                office("coordinator", "transparency", "BEL", "transparency-bel@example.org", "fr", "compliance")), Map.of());
        assertThat(rules(r.recipients().get(0))).contains("ART8-CLARIFICATION-UNANSWERED");
    }

    @Test
    void aStateGetsItsOwnFindingsAndNeverAnothers() {
        Routing.Routes r = Routing.route(assessment(findings()), machinery(), Map.of(
                "GNB", contact("Ponto focal", "ccm.gnb@example.org"),
                "DEU", contact("A. Person", "desk.deu@example.org")));

        Recipient gnb = r.recipients().stream().filter(x -> x.key().equals("state-gnb")).findFirst().orElseThrow();
        assertThat(gnb.findings()).extracting(Finding::state).containsOnly("GNB");
        assertThat(rules(gnb)).containsExactlyInAnyOrder("T-ANNUAL-LATE", "T-SUPPORT");
        Recipient deu = r.recipients().stream().filter(x -> x.key().equals("state-deu")).findFirst().orElseThrow();
        assertThat(rules(deu)).containsExactly("T-EARLY");
    }

    @Test
    void aStatesFeedbackGoesInTheLanguageItsReportNamesElseTheMachinerysChoiceElseTheRunsLanguage() {
        org.lapcheck.model.Machinery m = machinery();
        org.lapcheck.model.Machinery withStates = new org.lapcheck.model.Machinery(m.term(), m.termStart(), m.termEnd(),
                m.offices(), m.file(), Map.of("GNB", "ar", "DEU", "ru"));
        Routing.Routes r = Routing.route(assessment(findings()), withStates, Map.of(
                "GNB", contact("Ponto focal", "ccm.gnb@example.org"),
                "DEU", contact("A. Person", "desk.deu@example.org").inLanguage("zh"),
                "LAO", contact("Desk", "desk.lao@example.org")));

        assertThat(language(r, "state-gnb")).as("the machinery's choice").isEqualTo("ar");
        assertThat(language(r, "state-deu")).as("the report's own, over the machinery's").isEqualTo("zh");
        assertThat(language(r, "state-lao")).as("neither: the run's --lang").isNull();
    }

    private static String language(Routing.Routes r, String key) {
        return r.recipients().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow().language();
    }

    @Test
    void aStateContactWithoutAnAddressIsReported() {
        Routing.Routes r = Routing.route(assessment(findings()), machinery(), Map.of("GNB", contact("Ponto focal", null)));
        assertThat(r.unaddressed()).extracting(Unaddressed::key).contains("state-gnb");
    }

    @Test
    void earlyWarningsComeFirstThenFindingsGroupedByStateMostSevereFirst() {
        List<Finding> ordered = Routing.ordered(List.of(
                finding("T-ANNUAL-LATE", "ZAF").name("South Africa").severity(Severity.LOW).build(),
                finding("T-INIT-OVERDUE", "ZAF").name("South Africa").kind(FindingKind.NOT_REPORTED)
                        .severity(Severity.HIGH).build(),
                finding("T-ANNUAL-OVERDUE", "AUT").name("Austria").kind(FindingKind.NOT_REPORTED).build(),
                finding("A4-EARLY-WARNING", "ZAF").name("South Africa").area("clearance")
                        .kind(FindingKind.EARLY_WARNING).build(),
                finding("M-COORDINATOR-MISSING", null).area("machinery").build()));

        // within a state the most severe comes first, though its rule id sorts later
        assertThat(ordered).extracting(Finding::ruleId).containsExactly("A4-EARLY-WARNING", "M-COORDINATOR-MISSING",
                "T-ANNUAL-OVERDUE", "T-INIT-OVERDUE", "T-ANNUAL-LATE");
    }

    @Test
    void twoOfficesSharingAnAddressGetOneMessageEach() {
        Routing.Routes r = Routing.route(assessment(findings()), machinery(
                office("coordinator", "clearance", "ITA", "shared@example.org", "en"),
                office("coordinator", "transparency", "ITA", "shared@example.org", "en")), Map.of());
        assertThat(r.recipients()).extracting(Recipient::key)
                .containsExactly("coordinator-clearance-ita", "coordinator-transparency-ita");
    }

    @Test
    void duplicateOfficesGetDistinctKeys() {
        Routing.Routes r = Routing.route(assessment(findings()), machinery(
                office("coordinator", "clearance", "ITA", "a@example.org", "en"),
                office("coordinator", "clearance", "ITA", "b@example.org", "en")), Map.of());
        assertThat(r.recipients()).extracting(Recipient::key)
                .containsExactly("coordinator-clearance-ita", "coordinator-clearance-ita-2");
    }
}
