package org.lapcheck.submission.reference;

import org.lapcheck.submission.Shape;
import static org.lapcheck.submission.Shape.BOOL;
import static org.lapcheck.submission.Shape.DATE;
import static org.lapcheck.submission.Shape.EMAIL;
import static org.lapcheck.submission.Shape.ISO3;
import static org.lapcheck.submission.Shape.YEAR;
import static org.lapcheck.submission.Shape.TEXT;
import static org.lapcheck.submission.Shape.field;
import static org.lapcheck.submission.Shape.listOf;
import static org.lapcheck.submission.Shape.obj;
import static org.lapcheck.submission.Shape.oneOf;
import static org.lapcheck.submission.Shape.required;

import java.util.List;

/** The YAML reference files beside the submissions: the meeting calendar and the convention's machinery. */
public final class ReferenceFormats {

    static final String CALENDAR_FORMAT = "lapcheck-calendar/1";
    static final String MACHINERY_FORMAT = "lapcheck-machinery/1";

    static final List<String> MEETING_KINDS = List.of("msp", "review_conference", "intersessional", "preparatory");
    static final List<String> ROLES = List.of("president", "president_outgoing", "president_designate", "coordinator",
            "gender_focal_point", "isu");
    static final List<String> AREAS = org.lapcheck.model.Area.coordinatedCodes();

    static final Shape.Obj CALENDAR = obj(
            required("format", TEXT),
            required("meetings", listOf(obj(
                    required("id", TEXT),
                    required("kind", new Shape.OneOf(MEETING_KINDS)),
                    required("name", TEXT),
                    required("start", DATE),
                    required("end", DATE),
                    field("place", TEXT),
                    field("approximate", BOOL),
                    field("source", TEXT)))));

    static final Shape.Obj MACHINERY = obj(
            required("format", TEXT),
            required("term", TEXT),
            required("term_start", DATE),
            required("term_end", DATE),
            required("offices", listOf(obj(
                    required("role", new Shape.OneOf(ROLES)),
                    field("holder", TEXT),
                    field("area", new Shape.OneOf(AREAS)),
                    field("email", EMAIL),
                    field("language", new Shape.OneOf(org.lapcheck.model.Language.codes())),
                    field("mandates", listOf(TEXT)),
                    // The holder's term, when it is not the file's term_start..term_end: successive holders of one
                    // office are successive entries. until is the day the successor takes over.
                    field("from", DATE),
                    field("until", DATE)))),
            // The language each state party chose for its correspondence with the machinery (its feedback e-mail
            // unless its report names one): optional, additive.
            field("states", listOf(obj(
                    required("iso3", Shape.ISO3),
                    required("language", new Shape.OneOf(org.lapcheck.model.Language.codes()))))));

    static final String ACKNOWLEDGEMENTS_FORMAT = "lapcheck-acknowledgements/1";

    /** inputs/acknowledgements.yaml: what the machinery decided about findings (optional file). */
    static final Shape.Obj ACKNOWLEDGEMENTS = obj(
            required("format", TEXT),
            required("acknowledgements", listOf(obj(
                    // what it covers: one finding by id, or a rule for a state and a year ('*' for any)
                    field("id", TEXT),
                    field("rule", TEXT),
                    field("state", TEXT),
                    field("year", TEXT),
                    required("reason", TEXT),
                    field("by", TEXT),
                    field("date", DATE),
                    required("until", DATE)))));

    static final String USE_REGISTER_FORMAT = "lapcheck-use-register/1";

    /**
     * inputs/reference/use-register.yaml: instances of use of cluster munitions as public sources record them
     * (optional file). The register attributes nothing itself: users, status and sources are the sources' own.
     */
    public static final Shape.Obj USE_REGISTER = obj(
            required("format", TEXT),
            required("instances", listOf(obj(
                    required("id", TEXT),
                    required("title", TEXT),
                    required("territory", TEXT),
                    required("period", obj(
                            required("from", YEAR),
                            field("until", YEAR))),
                    required("status", new Shape.OneOf(org.lapcheck.model.UseInstance.STATUSES)),
                    field("users", listOf(obj(
                            field("state", ISO3),
                            field("actor", TEXT),
                            field("name", TEXT),
                            field("role", new Shape.OneOf(List.of("use", "support")))))),
                    required("sources", listOf(obj(
                            required("title", TEXT),
                            required("publisher", TEXT),
                            required("date", DATE),
                            required("link", TEXT)))),
                    field("note", TEXT)))));

    /** The offices that may decide: every role, a coordinator with its area ({@code coordinator:transparency}). */
    public static List<String> offices() {
        List<String> out = new java.util.ArrayList<>();
        for (String role : ROLES) {
            if (role.equals("coordinator")) {
                AREAS.forEach(a -> out.add("coordinator:" + a));
            } else {
                out.add(role);
            }
        }
        return out;
    }

    private ReferenceFormats() {}
}
