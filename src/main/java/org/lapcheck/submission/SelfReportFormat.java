package org.lapcheck.submission;

import static org.lapcheck.submission.Shape.AMOUNT;
import static org.lapcheck.submission.Shape.BOOL;
import static org.lapcheck.submission.Shape.COUNT;
import static org.lapcheck.submission.Shape.DATE;
import static org.lapcheck.submission.Shape.EMAIL;
import static org.lapcheck.submission.Shape.ISO3;
import static org.lapcheck.submission.Shape.TEXT;
import static org.lapcheck.submission.Shape.YEAR;
import static org.lapcheck.submission.Shape.field;
import static org.lapcheck.submission.Shape.listOf;
import static org.lapcheck.submission.Shape.obj;
import static org.lapcheck.submission.Shape.oneOf;
import static org.lapcheck.submission.Shape.required;
import static org.lapcheck.submission.Shape.subsetOf;

/**
 * The self-report format {@value #FORMAT} (docs/self-report-format.md) as one table: every known key with
 * its type. Checking, unknown-key warnings and the mapper all read it; a test holds the JSON Schema to it.
 */
final class SelfReportFormat {

    static final String FORMAT = "lap-self-report/1";

    /** How a state responded to an instance of use ({@code universalization.responses_to_use[].form}). */
    static final String[] RESPONSE_FORMS = {"national_statement", "joint_statement", "meeting_statement", "demarche",
            "other"};

    /** {munitions, submunitions}: used wherever the format writes {…}. */
    static final Shape.Obj QUANTITY = obj(field("munitions", COUNT), field("submunitions", COUNT));

    /** Art. 3.3-3.5 and 4.5-4.8 extension requests, for stockpiles and clearance alike. */
    static final Shape.Obj EXTENSION = obj(
            field("submitted", DATE),
            field("requested_until", DATE),
            field("decided", DATE),
            field("granted_until", DATE),
            field("forum", TEXT),
            // Additive (lapcheck extension): the meeting a pending request is addressed to, e.g. 14MSP, so its
            // timing can be judged before the decision names the forum.
            field("considered_at", TEXT),
            field("costed_workplan", BOOL),
            field("exceptional_circumstances", BOOL));

    static final Shape.Obj ROOT = obj(
            required("format", TEXT),
            required("state", obj(
                    required("iso3", ISO3),
                    field("name", TEXT))),
            field("report", obj(
                    field("kind", oneOf("initial", "annual")),
                    field("covers", YEAR),
                    field("submitted", DATE),
                    field("form", oneOf("original", "revised-2022")),
                    field("contact", obj(
                            field("institution", TEXT),
                            field("name", TEXT),
                            field("email", EMAIL))),
                    field("assistance_requested", BOOL),
                    // the language the state works in with the machinery: its feedback comes in it
                    field("language", new Shape.OneOf(org.lapcheck.model.Language.codes())))),
            field("national_implementation", obj(
                    field("status", oneOf("dedicated_law", "existing_law_sufficient", "in_progress", "none")),
                    field("penal_sanctions", BOOL),
                    field("investment_prohibited", BOOL),
                    field("measures", listOf(obj(
                            field("title", TEXT),
                            field("adopted", DATE)))),
                    field("assistance_requested", BOOL))),
            field("stockpile", obj(
                    field("held", BOOL),
                    field("at_entry_into_force", QUANTITY),
                    field("destroyed_in_period", QUANTITY),
                    field("destroyed_to_date", QUANTITY),
                    field("remaining", QUANTITY),
                    field("plan", obj(
                            field("exists", BOOL),
                            field("annual_target", QUANTITY))),
                    field("completed", DATE),
                    field("compliance_declared", DATE),
                    field("discovered_after_completion", listOf(obj(
                            field("found", DATE),
                            field("munitions", COUNT),
                            field("submunitions", COUNT),
                            field("destruction_planned", BOOL)))),
                    field("extensions", listOf(EXTENSION)),
                    field("methods_meet_standards", BOOL))),
            field("retention", obj(
                    field("munitions", COUNT),
                    field("submunitions", COUNT),
                    field("purpose", TEXT),
                    field("used_in_period", QUANTITY),
                    field("planned_use", TEXT),
                    field("transfers", listOf(obj(
                            field("to", TEXT),
                            field("munitions", COUNT),
                            field("submunitions", COUNT),
                            field("date", DATE)))))),
            field("clearance", obj(
                    field("contaminated", BOOL),
                    field("area_at_entry_into_force_km2", AMOUNT),
                    field("area_remaining_km2", AMOUNT),
                    field("released_in_period", obj(
                            field("cancelled_km2", AMOUNT),
                            field("reduced_km2", AMOUNT),
                            field("cleared_km2", AMOUNT))),
                    field("submunitions_destroyed_in_period", COUNT),
                    field("baseline_survey_completed", DATE),
                    field("hazardous_areas_marked", BOOL),
                    field("national_strategy", BOOL),
                    field("workplan", listOf(obj(
                            field("year", YEAR),
                            field("planned_km2", AMOUNT)))),
                    field("completed", DATE),
                    field("compliance_declared", DATE),
                    field("residual_capacity", BOOL),
                    field("extensions", listOf(EXTENSION)),
                    field("national_standards_updated", BOOL))),
            field("risk_education", obj(
                    field("conducted", BOOL),
                    field("in_national_plan", BOOL),
                    field("beneficiaries", obj(
                            field("women", COUNT),
                            field("men", COUNT),
                            field("girls", COUNT),
                            field("boys", COUNT))),
                    field("emergency_warnings", BOOL))),
            field("victim_assistance", obj(
                    field("has_victims", BOOL),
                    field("focal_point", obj(
                            field("designated", BOOL),
                            field("institution", TEXT),
                            field("name", TEXT))),
                    field("national_plan", obj(
                            field("adopted", DATE),
                            field("ends", DATE),
                            field("budgeted", BOOL))),
                    field("casualty_data_disaggregated_by", subsetOf("sex", "age", "disability")),
                    field("survivors_involved", BOOL),
                    field("services", subsetOf("medical", "rehabilitation", "psychosocial", "socio_economic")),
                    field("needs_assessed", BOOL))),
            field("cooperation", obj(
                    field("seeking_assistance", BOOL),
                    field("needs_stated", BOOL),
                    field("providing_assistance", BOOL),
                    field("provided", listOf(obj(
                            field("recipient", TEXT),
                            field("purpose", TEXT),
                            field("amount_usd", AMOUNT),
                            field("year", YEAR)))),
                    field("received", listOf(obj(
                            field("donor", TEXT),
                            field("purpose", TEXT),
                            field("amount_usd", AMOUNT),
                            field("year", YEAR)))),
                    field("resource_mobilisation_plan", BOOL),
                    field("country_coalition", BOOL))),
            field("universalization", obj(
                    field("promotion", listOf(obj(
                            field("target", ISO3),
                            field("kind", oneOf("bilateral", "regional", "un")),
                            field("date", DATE)))),
                    field("condemnations", listOf(obj(
                            field("of", TEXT),
                            field("date", DATE),
                            field("forum", TEXT)))),
                    // Additive (lapcheck extension): the state's responses in the period to instances of use, each
                    // naming an entry of inputs/reference/use-register.yaml or describing the instance.
                    field("responses_to_use", listOf(obj(
                            field("instance", TEXT),
                            field("description", TEXT),
                            field("date", DATE),
                            field("form", oneOf(RESPONSE_FORMS)),
                            field("forum", TEXT)))))),
            field("compliance", obj(
                    field("deadline_risk_notified", DATE),
                    field("clarification_requests", listOf(obj(
                            field("received", DATE),
                            field("answered", DATE)))))),
            field("gender_diversity", obj(
                    field("policy", BOOL),
                    field("data_disaggregated", BOOL),
                    field("delegation", obj(
                            field("women", COUNT),
                            field("men", COUNT))))),
            field("finance", obj(
                    field("assessed_contributions_paid", BOOL),
                    field("arrears_years", listOf(YEAR)))),
            field("cross_cutting", obj(
                    field("national_authority", obj(
                            field("name", TEXT),
                            field("national_budget", BOOL))),
                    field("information_management", BOOL),
                    field("partners", listOf(TEXT)),
                    field("synergies", listOf(TEXT)))));

    private SelfReportFormat() {}
}
