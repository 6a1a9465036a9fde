package org.lapcheck.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.lapcheck.model.Clearance;
import org.lapcheck.model.Compliance;
import org.lapcheck.model.Cooperation;
import org.lapcheck.model.CrossCutting;
import org.lapcheck.model.Extension;
import org.lapcheck.model.Finance;
import org.lapcheck.model.GenderDiversity;
import org.lapcheck.model.NationalImplementation;
import org.lapcheck.model.Quantity;
import org.lapcheck.model.Transmittal;
import org.lapcheck.model.Retention;
import org.lapcheck.model.RiskEducation;
import org.lapcheck.model.SelfReport;
import org.lapcheck.model.SourceMap;
import org.lapcheck.model.Stockpile;
import org.lapcheck.model.Universalization;
import org.lapcheck.model.VictimAssistance;

/**
 * Builds the model records from a checked self-report. Only reached when the file has no error, so every value is
 * already of its type; a section or mapping that is absent or null maps to null ("not reported").
 */
final class SelfReportMapper {

    private SelfReportMapper() {}

    static SelfReport map(Checked root, String iso3, int year, String file, SourceMap source) {
        Checked state = root.obj("state");
        root.text("format"); // checked by the loader; read here so the table and the mapper stay in step
        state.text("iso3");
        return new SelfReport(iso3, year, file, source,
                state.text("name"),
                apply(root.obj("report"), SelfReportMapper::report),
                apply(root.obj("national_implementation"), SelfReportMapper::nationalImplementation),
                apply(root.obj("stockpile"), SelfReportMapper::stockpile),
                apply(root.obj("retention"), SelfReportMapper::retention),
                apply(root.obj("clearance"), SelfReportMapper::clearance),
                apply(root.obj("risk_education"), SelfReportMapper::riskEducation),
                apply(root.obj("victim_assistance"), SelfReportMapper::victimAssistance),
                apply(root.obj("cooperation"), SelfReportMapper::cooperation),
                apply(root.obj("universalization"), SelfReportMapper::universalization),
                apply(root.obj("compliance"), SelfReportMapper::compliance),
                apply(root.obj("gender_diversity"), SelfReportMapper::genderDiversity),
                apply(root.obj("finance"), SelfReportMapper::finance),
                apply(root.obj("cross_cutting"), SelfReportMapper::crossCutting));
    }

    private static Transmittal report(Checked r) {
        return new Transmittal(r.text("kind"), r.year("covers"), r.date("submitted"), r.text("form"),
                apply(r.obj("contact"), c -> new Transmittal.Contact(c.text("institution"), c.text("name"), c.text("email"))),
                r.bool("assistance_requested"), r.text("language"));
    }

    private static NationalImplementation nationalImplementation(Checked n) {
        return new NationalImplementation(n.text("status"), n.bool("penal_sanctions"), n.bool("investment_prohibited"),
                each(n.objs("measures"), m -> new NationalImplementation.Measure(m.text("title"), m.date("adopted"))),
                n.bool("assistance_requested"));
    }

    private static Stockpile stockpile(Checked s) {
        return new Stockpile(s.bool("held"),
                quantity(s.obj("at_entry_into_force")),
                quantity(s.obj("destroyed_in_period")),
                quantity(s.obj("destroyed_to_date")),
                quantity(s.obj("remaining")),
                apply(s.obj("plan"), p -> new Stockpile.Plan(p.bool("exists"), quantity(p.obj("annual_target")))),
                s.date("completed"),
                s.date("compliance_declared"),
                each(s.objs("discovered_after_completion"), d -> new Stockpile.Discovery(d.index(), d.date("found"),
                        d.count("munitions"), d.count("submunitions"), d.bool("destruction_planned"))),
                each(s.objs("extensions"), SelfReportMapper::extension),
                s.bool("methods_meet_standards"));
    }

    private static Retention retention(Checked r) {
        return new Retention(r.count("munitions"), r.count("submunitions"), r.text("purpose"),
                quantity(r.obj("used_in_period")), r.text("planned_use"),
                each(r.objs("transfers"), t -> new Retention.Transfer(t.text("to"), t.count("munitions"),
                        t.count("submunitions"), t.date("date"))));
    }

    private static Clearance clearance(Checked c) {
        return new Clearance(c.bool("contaminated"),
                c.amount("area_at_entry_into_force_km2"),
                c.amount("area_remaining_km2"),
                apply(c.obj("released_in_period"), r -> new Clearance.Release(r.amount("cancelled_km2"),
                        r.amount("reduced_km2"), r.amount("cleared_km2"))),
                c.count("submunitions_destroyed_in_period"),
                c.date("baseline_survey_completed"),
                c.bool("hazardous_areas_marked"),
                c.bool("national_strategy"),
                each(c.objs("workplan"), w -> new Clearance.WorkplanYear(w.index(), w.year("year"), w.amount("planned_km2"))),
                c.date("completed"),
                c.date("compliance_declared"),
                c.bool("residual_capacity"),
                each(c.objs("extensions"), SelfReportMapper::extension),
                c.bool("national_standards_updated"));
    }

    private static RiskEducation riskEducation(Checked r) {
        return new RiskEducation(r.bool("conducted"), r.bool("in_national_plan"),
                apply(r.obj("beneficiaries"), b -> new RiskEducation.Beneficiaries(b.count("women"), b.count("men"),
                        b.count("girls"), b.count("boys"))),
                r.bool("emergency_warnings"));
    }

    private static VictimAssistance victimAssistance(Checked v) {
        return new VictimAssistance(v.bool("has_victims"),
                apply(v.obj("focal_point"), f -> new VictimAssistance.FocalPoint(f.bool("designated"),
                        f.text("institution"), f.text("name"))),
                apply(v.obj("national_plan"), p -> new VictimAssistance.NationalPlan(p.date("adopted"), p.date("ends"),
                        p.bool("budgeted"))),
                v.texts("casualty_data_disaggregated_by"),
                v.bool("survivors_involved"),
                v.texts("services"),
                v.bool("needs_assessed"));
    }

    private static Cooperation cooperation(Checked c) {
        return new Cooperation(c.bool("seeking_assistance"), c.bool("needs_stated"), c.bool("providing_assistance"),
                each(c.objs("provided"), p -> new Cooperation.Provided(p.text("recipient"), p.text("purpose"),
                        p.amount("amount_usd"), p.year("year"))),
                each(c.objs("received"), r -> new Cooperation.Received(r.text("donor"), r.text("purpose"),
                        r.amount("amount_usd"), r.year("year"))),
                c.bool("resource_mobilisation_plan"),
                c.bool("country_coalition"));
    }

    private static Universalization universalization(Checked u) {
        return new Universalization(
                each(u.objs("promotion"), p -> new Universalization.Promotion(p.text("target"), p.text("kind"),
                        p.date("date"))),
                each(u.objs("condemnations"), c -> new Universalization.Condemnation(c.text("of"), c.date("date"),
                        c.text("forum"))),
                each(u.objs("responses_to_use"), r -> new Universalization.ResponseToUse(r.text("instance"),
                        r.text("description"), r.date("date"), r.text("form"), r.text("forum"), r.index())));
    }

    private static Compliance compliance(Checked c) {
        return new Compliance(c.date("deadline_risk_notified"),
                each(c.objs("clarification_requests"), r -> new Compliance.ClarificationRequest(r.index(),
                        r.date("received"), r.date("answered"))));
    }

    private static GenderDiversity genderDiversity(Checked g) {
        return new GenderDiversity(g.bool("policy"), g.bool("data_disaggregated"),
                apply(g.obj("delegation"), d -> new GenderDiversity.Delegation(d.count("women"), d.count("men"))));
    }

    private static Finance finance(Checked f) {
        return new Finance(f.bool("assessed_contributions_paid"), f.years("arrears_years"));
    }

    private static CrossCutting crossCutting(Checked c) {
        return new CrossCutting(
                apply(c.obj("national_authority"), a -> new CrossCutting.NationalAuthority(a.text("name"),
                        a.bool("national_budget"))),
                c.bool("information_management"),
                c.texts("partners"),
                c.texts("synergies"));
    }

    private static Extension extension(Checked e) {
        return new Extension(e.index(), e.date("submitted"), e.date("requested_until"), e.date("decided"),
                e.date("granted_until"), e.text("forum"), e.text("considered_at"), e.bool("costed_workplan"),
                e.bool("exceptional_circumstances"));
    }

    private static Quantity quantity(Checked q) {
        return q == null ? null : new Quantity(q.count("munitions"), q.count("submunitions"));
    }

    private static <T> T apply(Checked c, Function<Checked, T> mapping) {
        return c == null ? null : mapping.apply(c);
    }

    private static <T> List<T> each(List<Checked> items, Function<Checked, T> mapping) {
        if (items == null) {
            return null;
        }
        List<T> out = new ArrayList<>(items.size());
        items.forEach(item -> out.add(mapping.apply(item)));
        return out;
    }
}
