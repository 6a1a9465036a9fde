package org.lapcheck.notify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Finding;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Machinery;
import org.lapcheck.model.Officeholder;
import org.lapcheck.model.Transmittal.Contact;

/**
 * Decides who receives which findings, from the machinery as it stood on the assessment's as-of date
 * ({@link Machinery#onDate}, the offices the machinery rules judged) and the findings' routing keys
 * ({@code recipients} in findings.json: the area, plus presidency, troika, gender_focal_point, isu):
 *
 * <ul>
 *   <li>each coordinator: the findings routed to their area;
 *   <li>each gender focal point: findings of the gender_diversity area or routed to gender_focal_point;
 *   <li>the president: findings routed to the presidency, every early warning, and the compliance and machinery
 *       areas;
 *   <li>each troika seat (outgoing, current, designate): the overview of everything;
 *   <li>the ISU: findings routed to isu;
 *   <li>with state contacts: each state its own findings, never another's, in the language its report names, else
 *       the one the machinery records for the state ({@code states:} in machinery.yaml), else the run's language.
 * </ul>
 *
 * An office the machinery fills only on other dates is reported unaddressed, as having no holder on that date.
 * An office's {@code mandates} add to what it receives: a mandate names an area or routing key
 * ({@code compliance}) or a kind ({@code early_warning}). One message per office and audience: the president
 * gets the presidency digest and the troika overview as two messages, and two offices sharing an address get
 * one message each, because each message answers a different mandate and is followed up on its own.
 */
public final class Routing {

    static final String MACHINERY_AREA = "machinery";
    static final String COMPLIANCE_AREA = "compliance";
    static final String GENDER_AREA = "gender_diversity";

    private static final List<String> TROIKA_SEATS = List.of("president_outgoing", "president", "president_designate");

    /** Recipients to write to, offices that cannot be written to, and areas whose findings reach no one by name. */
    public record Routes(List<Recipient> recipients, List<Unaddressed> unaddressed, Map<String, Integer> unreachedByArea) {
        public Routes {
            recipients = List.copyOf(recipients);
            unaddressed = List.copyOf(unaddressed);
            unreachedByArea = Map.copyOf(unreachedByArea);
        }
    }

    private Routing() {}

    /**
     * @param stateContacts contact of each state (ISO3) to send its own feedback to; empty for no state messages
     */
    public static Routes route(Assessment assessment, Machinery machinery, Map<String, Contact> stateContacts) {
        List<Recipient> recipients = new ArrayList<>();
        List<Unaddressed> unaddressed = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        List<Finding> findings = assessment.findings();

        // The holders in office on the assessment's as-of date, as the machinery rules judged them; an office the
        // file fills only on other dates is named, so its findings are not silently sent to a predecessor or lost.
        Machinery held = machinery.onDate(assessment.asOf());
        for (Machinery.Office vacant : machinery.vacantOn(assessment.asOf())) {
            for (Audience audience : audiencesOf(vacant.role())) {
                String key = unique(keys, key(audience, vacant.role(), vacant.area(), null));
                unaddressed.add(new Unaddressed(key, "the machinery records no holder of "
                        + describe(vacant.role(), vacant.area()) + " on " + assessment.asOf() + ", only for other dates",
                        false));
            }
        }
        for (Officeholder office : held.offices()) {
            for (Audience audience : audiencesOf(office)) {
                String key = unique(keys, key(audience, office));
                List<Finding> selected = audience == Audience.TROIKA ? List.of()
                        : ordered(findings.stream().filter(selection(audience, office)).toList());
                Optional<String> problem = Addresses.problem(office.email());
                if (problem.isPresent()) {
                    boolean absent = office.email() == null || office.email().isBlank();
                    String who = office.holder() == null ? "not established" : office.holder();
                    unaddressed.add(new Unaddressed(key, absent
                            ? "no e-mail address in the machinery for " + describe(office) + " (" + who + ")"
                            : "the machinery address of " + describe(office) + " is unusable: " + problem.get(), !absent));
                    continue;
                }
                recipients.add(new Recipient(key, audience, office.role(), office.area(), office.holder(),
                        office.email().strip(), null, office.language(), selected));
            }
        }
        for (Map.Entry<String, Contact> e : new TreeMap<>(stateContacts).entrySet()) {
            String iso3 = e.getKey();
            Contact contact = e.getValue();
            String key = unique(keys, Audience.STATE.slug() + "-" + slug(iso3));
            String email = contact == null ? null : contact.email();
            Optional<String> problem = Addresses.problem(email);
            if (problem.isPresent()) {
                boolean absent = email == null || email.isBlank();
                unaddressed.add(new Unaddressed(key, absent ? "no contact e-mail in the report of " + iso3
                        : "the contact address in the report of " + iso3 + " is unusable: " + problem.get(), !absent));
                continue;
            }
            List<Finding> own = ordered(findings.stream().filter(f -> iso3.equals(f.state())).toList());
            recipients.add(new Recipient(key, Audience.STATE, "state", null, iso3, email.strip(),
                    HeaderText.singleLine(contact.name()), stateLanguage(contact, machinery, iso3), own));
        }
        return new Routes(recipients, unaddressed, unreached(findings, recipients));
    }

    /**
     * The language of a state's feedback: the one its report names, else the one the machinery records for the
     * state, else null (the run's {@code --lang}, English unless told otherwise).
     */
    static String stateLanguage(Contact contact, Machinery machinery, String iso3) {
        if (contact.language() != null && org.lapcheck.model.Language.of(contact.language()).isPresent()) {
            return contact.language();
        }
        return machinery == null ? null : machinery.stateLanguage(iso3);
    }

    private static List<Audience> audiencesOf(Officeholder office) {
        return audiencesOf(office.role());
    }

    private static List<Audience> audiencesOf(String officeRole) {
        String role = officeRole == null ? "" : officeRole;
        List<Audience> out = new ArrayList<>();
        switch (role) {
            case "coordinator" -> out.add(Audience.COORDINATOR);
            case "gender_focal_point" -> out.add(Audience.GENDER_FOCAL_POINT);
            case "isu" -> out.add(Audience.ISU);
            case "president" -> out.add(Audience.PRESIDENCY);
            default -> { }
        }
        if (TROIKA_SEATS.contains(role)) {
            out.add(Audience.TROIKA);
        }
        return out;
    }

    private static Predicate<Finding> selection(Audience audience, Officeholder office) {
        Predicate<Finding> base = switch (audience) {
            case COORDINATOR -> f -> office.area() != null && routedTo(f, office.area());
            case GENDER_FOCAL_POINT -> f -> GENDER_AREA.equals(f.area()) || routedTo(f, GENDER_AREA)
                    || routedTo(f, "gender_focal_point");
            case PRESIDENCY -> f -> routedTo(f, "presidency") || f.kind() == FindingKind.EARLY_WARNING
                    || COMPLIANCE_AREA.equals(f.area()) || MACHINERY_AREA.equals(f.area());
            case ISU -> f -> routedTo(f, "isu");
            case TROIKA, STATE -> f -> false;
        };
        return base.or(f -> office.mandates().stream().anyMatch(m -> mandateCovers(m, f)));
    }

    private static boolean mandateCovers(String mandate, Finding f) {
        return mandate.equals(f.kind().id()) || mandate.equals(f.area()) || routedTo(f, mandate);
    }

    private static boolean routedTo(Finding f, String key) {
        return f.recipients().contains(key) || key.equals(f.area());
    }

    /**
     * Early warnings first, then state by state (the machinery's own findings, with no state, before any state),
     * most severe first within a state, so a long digest opens with what needs action.
     */
    static List<Finding> ordered(List<Finding> findings) {
        Comparator<Finding> byState = Comparator.comparing((Finding f) -> f.state() == null ? "" : stateName(f),
                String.CASE_INSENSITIVE_ORDER);
        return findings.stream()
                .sorted(Comparator.comparing((Finding f) -> f.kind() != FindingKind.EARLY_WARNING)
                        .thenComparing(byState)
                        .thenComparing(f -> f.state() == null ? "" : f.state())
                        .thenComparing(Finding::severity, Comparator.reverseOrder())
                        .thenComparing(f -> f.kind() == FindingKind.POSITIVE)
                        .thenComparing(f -> f.ruleId() == null ? "" : f.ruleId())
                        .thenComparing(f -> f.year() == null ? 0 : f.year())
                        .thenComparing(Finding::id))
                .toList();
    }

    /** The state's name as the assessment wrote it into the finding, else its ISO3 code. */
    static String stateName(Finding f) {
        String name = f.params().get("state");
        return name == null || name.isBlank() ? f.state() : name;
    }

    /** Findings no addressed office receives in a digest (the troika overview still counts them), by area. */
    private static Map<String, Integer> unreached(List<Finding> findings, List<Recipient> recipients) {
        Set<String> reached = new HashSet<>();
        recipients.stream().filter(r -> r.audience() != Audience.STATE)
                .forEach(r -> r.findings().forEach(f -> reached.add(f.id())));
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (!reached.contains(f.id())) {
                out.merge(f.area() == null ? "none" : f.area(), 1, Integer::sum);
            }
        }
        return out;
    }

    private static String key(Audience audience, Officeholder office) {
        return key(audience, office.role(), office.area(), office.holder());
    }

    private static String key(Audience audience, String role, String area, String holder) {
        StringBuilder k = new StringBuilder(audience.slug());
        if (audience == Audience.TROIKA) {
            k.append('-').append(slug(role));
        }
        if (area != null) {
            k.append('-').append(slug(area));
        }
        if (holder != null) {
            k.append('-').append(slug(holder));
        }
        return k.toString();
    }

    /** Lower case letters, digits and single dashes: safe as a file name on every system. */
    static String slug(String s) {
        String out = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return out.isEmpty() ? "x" : out;
    }

    private static String unique(Set<String> keys, String key) {
        String k = key;
        for (int n = 2; !keys.add(k); n++) {
            k = key + "-" + n;
        }
        return k;
    }

    static String describe(Officeholder office) {
        return describe(office.role(), office.area());
    }

    private static String describe(String officeRole, String area) {
        String role = officeRole == null ? "an office" : officeRole.replace('_', ' ');
        return area == null ? "the " + role : "the " + role + " for " + area;
    }
}
