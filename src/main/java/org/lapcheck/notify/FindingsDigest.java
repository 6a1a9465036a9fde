package org.lapcheck.notify;

import org.lapcheck.model.Finding;

import java.util.List;

/**
 * The digest of an office that follows up findings: a coordinator (their area), a gender focal point, the
 * presidency, the ISU. Early warnings first, then the findings grouped by state.
 */
final class FindingsDigest {

    private FindingsDigest() {}

    static Digest write(Recipient r, Labels l, DigestContext c) {
        String holder = r.holder() == null ? "?" : r.holder();
        String name;
        String title;
        String why;
        switch (r.audience()) {
            case COORDINATOR -> {
                name = l.area(r.area());
                title = l.get("title.coordinator", name);
                why = l.get("why.coordinator", name, holder);
            }
            case GENDER_FOCAL_POINT -> {
                name = l.area(Routing.GENDER_AREA);
                title = l.get("title.gender-focal-point");
                why = l.get("why.gender-focal-point", holder);
            }
            case PRESIDENCY -> {
                name = l.get("audience.presidency");
                title = l.get("title.presidency");
                why = l.get("why.presidency", holder);
            }
            case ISU -> {
                name = l.get("audience.isu");
                title = l.get("title.isu");
                why = l.get("why.isu", holder);
            }
            default -> throw new IllegalArgumentException("not an office digest: " + r.audience());
        }
        List<Finding> open = Digests.open(r.findings());
        // The presidency and the universalization coordinators account for every instance of use and the responses to it.
        boolean withAccount = !c.assessment().useAccount().isEmpty() && (r.audience() == Audience.PRESIDENCY
                || (r.audience() == Audience.COORDINATOR && "universalization".equals(r.area())));
        Digests.Counts counts = Digests.Counts.of(open);
        String subject = Digests.prefix(l, c) + l.get("subject.counts", name, counts.earlyWarnings(), counts.gaps());

        DigestWriter w = new DigestWriter(l);
        w.title(title);
        w.paragraph(why);
        w.paragraph(l.get("intro", l.date(c.assessment().asOf()), c.reportingYear()));
        if (r.findings().isEmpty()) {
            w.paragraph(l.get("nothing"));
        } else {
            w.paragraph(l.get("summary", counts.earlyWarnings(), counts.gaps(), counts.positive()));
            Digests.changedAndToDecide(w, l, open, c.previous());
            // Where the account of instances of use follows, it lists every response and every report that records
            // none: the findings saying the same one state at a time are counted here, not repeated (findings.json
            // and the state's own feedback keep each).
            List<Finding> listed = withAccount ? UseAccountDigest.withoutAccounted(open) : open;
            if (listed.size() < open.size()) {
                w.paragraph(l.get("use.in-account", open.size() - listed.size()));
            }
            Digests.findingsByState(w, l, listed, true);
            Digests.acknowledged(w, l, r.findings());
        }
        if (withAccount) {
            UseAccountDigest.write(w, l, c);
        }
        Digests.footer(w, l, c.assessment());
        return new Digest(subject, l.language(), w.text(), w.html(), List.of());
    }
}
