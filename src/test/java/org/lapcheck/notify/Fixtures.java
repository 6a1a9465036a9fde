package org.lapcheck.notify;

import static org.lapcheck.FindingBuilder.finding;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Evidence;
import org.lapcheck.model.Finding;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Indicator;
import org.lapcheck.model.InputFile;
import org.lapcheck.model.Machinery;
import org.lapcheck.model.Officeholder;
import org.lapcheck.model.Provenance;
import org.lapcheck.model.Transmittal.Contact;
import org.lapcheck.model.Severity;

/** Small builders for assessments and machinery, so each test states only what it is about. */
public final class Fixtures {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);
    static final String FROM = "lapcheck@example.org";

    private Fixtures() {}

    static Officeholder office(String role, String area, String holder, String email, String language, String... mandates) {
        return new Officeholder(role, area, holder, email, language, List.of(mandates), null, null,
                Evidence.ofFile("inputs/reference/machinery.yaml"));
    }

    /**
     * A term's machinery: troika (designate not established), two clearance coordinators, a French-speaking
     * transparency coordinator, a cooperation coordinator without an address, a gender focal point and the ISU.
     */
    static Machinery machinery() {
        return machinery(office("president", null, "LAO", "president@example.org", "en", "compliance", "early_warning"),
                office("president_outgoing", null, "PHL", "outgoing@example.org", "en"),
                office("president_designate", null, null, null, null),
                office("coordinator", "clearance", "ITA", "clearance-ita@example.org", "en"),
                office("coordinator", "clearance", "NOR", "clearance-nor@example.org", null),
                office("coordinator", "transparency", "BEL", "transparency-bel@example.org", "fr"),
                office("coordinator", "cooperation", "FRA", null, "fr"),
                office("gender_focal_point", null, "CAN", "gender-can@example.org", "en"),
                office("isu", null, "ISU-CCM", "isu@example.org", "en"));
    }

    static Machinery machinery(Officeholder... offices) {
        return new Machinery("test term", LocalDate.of(2026, 9, 18), LocalDate.of(2027, 9, 16), Arrays.asList(offices),
                "inputs/reference/machinery.yaml");
    }

    /** One finding of each routing situation, each of a real rule of the area, kind and routing it stands for. */
    public static List<Finding> findings() {
        return List.of(
                finding("A4-EARLY-WARNING", "BIH").name("Bosnia and Herzegovina").area("clearance")
                        .kind(FindingKind.EARLY_WARNING).severity(Severity.HIGH).recipients("clearance", "presidency").build(),
                finding("A4-STRATEGY", "LAO").name("Lao People's Democratic Republic").area("clearance").build(),
                finding("T-ANNUAL-LATE", "GNB").name("Guinea-Bissau").area("transparency").severity(Severity.LOW).build(),
                finding("T-SUPPORT", "GNB").name("Guinea-Bissau").area("transparency").severity(Severity.INFO)
                        .recipients("transparency", "isu").build(),
                finding("G-DATA-NOT-REPORTED", "AFG").name("Afghanistan").area("gender_diversity").kind(FindingKind.NOT_REPORTED)
                        .recipients("gender_diversity", "gender_focal_point").build(),
                finding("VA-DATA", "LBN").name("Lebanon").area("victim_assistance").severity(Severity.LOW)
                        .recipients("victim_assistance", "gender_focal_point").build(),
                finding("M-TROIKA-MISSING", null).area("machinery").severity(Severity.HIGH).recipients("machinery", "troika").build(),
                finding("ART8-CLARIFICATION-UNANSWERED", "ZZZ").name("Zedland").area("compliance").severity(Severity.HIGH)
                        .recipients("compliance", "troika").build(),
                finding("ICA-NEEDS", "ETH").name("Ethiopia").area("cooperation").build(),
                finding("T-EARLY", "DEU").name("Germany").area("transparency").kind(FindingKind.POSITIVE)
                        .severity(Severity.INFO).build());
    }

    static Assessment assessment(List<Finding> findings) {
        return assessment(AS_OF, findings, List.of(new Indicator(43, 112, 6), new Indicator(45, 112, 110)));
    }

    static Assessment assessment(LocalDate asOf, List<Finding> findings, List<Indicator> indicators) {
        Provenance p = new Provenance("test", "56d37ba6ae5b13f347d40304065d312dd529214cb0264c4dc0625f9e63407549", 9, 4,
                List.of(new InputFile("inputs/reference/machinery.yaml", "00")));
        return new Assessment(asOf, p, List.of("AFG", "BIH", "DEU", "ETH", "GNB", "LAO", "LBN", "ZZZ"), findings, indicators);
    }

    static Contact contact(String name, String email) {
        return new Contact("Ministry", name, email);
    }

    static NotifyRequest request(Assessment a, Machinery m, Map<String, Contact> contacts) {
        return new NotifyRequest(a, null, m, contacts, Map.of("DEU", "Germany", "GNB", "Guinea-Bissau"), "en", FROM,
                null, "reports/2026-11-29/", null, null);
    }
}
