package org.lapcheck.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lapcheck.FindingBuilder.finding;
import static org.lapcheck.notify.Fixtures.office;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Evidence;
import org.lapcheck.model.Finding;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Machinery;
import org.lapcheck.model.UseAccount;
import org.lapcheck.model.UseInstance;

/**
 * The presidency's account of instances of use is part of the presidency's and the troika's digests and of the
 * universalization coordinators' digest, and of no other; the register's and the states' words are escaped.
 */
class UseAccountDigestTest {

    static UseAccount account() {
        UseInstance syria = new UseInstance("TST-2012", "Use in <b>a test</b> territory", "Test territory", 2012, null,
                "documented", List.of(new UseInstance.User("XXA", "State A", "use")),
                List.of(new UseInstance.Source("A report", "A monitor", LocalDate.of(2020, 12, 9), "https://example.org/r")),
                null, new Evidence("inputs/reference/use-register.yaml", "instances[0]", 3, 5));
        UseAccount.Response deu = new UseAccount.Response("DEU", 2025, "TST-2012", null, LocalDate.of(2025, 9, 16),
                "meeting_statement", "<script>x</script>", null);
        return new UseAccount(List.of(syria),
                List.of(new UseAccount.InstanceYear("TST-2012", 2025, List.of(deu), List.of("GNB"), List.of("AFG", "LAO"), 4)),
                List.of(new UseAccount.YearShare(2025, 4, 2, 1)), List.of());
    }

    private static Machinery machinery() {
        return Fixtures.machinery(office("president", null, "LAO", "president@example.org", "en", "compliance"),
                office("president_outgoing", null, "PHL", "outgoing@example.org", "fr"),
                office("coordinator", "universalization", "PER", "univ-per@example.org", "es"),
                office("coordinator", "clearance", "ITA", "clearance-ita@example.org", "en"));
    }

    private static Map<String, Digest> digests(UseAccount account) {
        List<Finding> findings = List.of(finding("UR-RESPONSE-NOT-REPORTED", "GNB").area("universalization").kind(FindingKind.NOT_REPORTED).build(),
                finding("A4-STRATEGY", "LAO").area("clearance").build(),
                finding("ART8-CLARIFICATION-LATE", "AFG").area("compliance").recipients("compliance", "presidency").build());
        Assessment base = Fixtures.assessment(findings);
        Assessment a = new Assessment(base.asOf(), base.provenance(), base.statesAssessed(), base.findings(),
                base.indicators(), account);
        Routing.Routes routes = Routing.route(a, machinery(), Map.of());
        DigestContext c = new DigestContext(a, null, Map.of("DEU", "Germany", "GNB", "Guinea-Bissau"), routes, List.of(),
                null, null, null);
        Map<String, Digest> out = new java.util.TreeMap<>();
        routes.recipients().forEach(r -> out.put(r.key(), Digests.write(r, "en", c)));
        return out;
    }

    @Test
    void thePresidencyTheTroikaAndTheUniversalizationCoordinatorsReceiveTheAccount() {
        Map<String, Digest> d = digests(account());
        Digest presidency = d.entrySet().stream().filter(e -> e.getKey().startsWith("presidency")).findFirst().orElseThrow().getValue();
        Digest troika = d.entrySet().stream().filter(e -> e.getKey().startsWith("troika-president-outgoing")).findFirst().orElseThrow().getValue();
        Digest universalization = d.get("coordinator-universalization-per");
        Digest clearance = d.get("coordinator-clearance-ita");

        assertThat(presidency.text()).contains("Instances of use and the responses to them")
                .contains("Use in <b>a test</b> territory (TST-2012)")
                .contains("Period: 2012 onwards (no end recorded; latest source: 9 December 2020)")
                .contains("Status: documented")
                .contains("Users, as the sources name them: State A")
                .contains("Source: A report, A monitor, 9 December 2020, https://example.org/r")
                .contains("Germany (DEU): 16 September 2025, statement at a meeting, <script>x</script>")
                .contains("States parties whose report records no response: Guinea-Bissau (GNB)")
                .contains("States parties bound in 2025 with no report on file: 2");
        assertThat(presidency.html()).contains("Use in &lt;b&gt;a test&lt;/b&gt; territory").doesNotContain("<script>")
                .doesNotContain("<b>a test");
        assertThat(troika.language()).isEqualTo("fr");
        assertThat(troika.text()).contains("Les cas d'emploi et les réactions qu'ils ont suscitées")
                .contains("déclaration lors d'une réunion");
        assertThat(universalization.text()).contains("Los casos de empleo y las respuestas a ellos")
                .contains("declaración en una reunión");
        assertThat(clearance.text()).doesNotContain("Instances of use").doesNotContain("TST-2012");
    }

    @Test
    void withoutARegisterTheDigestsHaveNoSuchPart() {
        digests(UseAccount.NONE).forEach((key, d) -> assertThat(d.text()).as(key)
                .doesNotContain("Instances of use").doesNotContain("cas d'emploi").doesNotContain("casos de empleo"));
    }
}
