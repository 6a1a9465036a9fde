package org.lapcheck.notify;

import java.util.List;

/** A state's own feedback: the findings about its report, and nothing about any other state. */
final class StateFeedback {

    private StateFeedback() {}

    static Digest write(Recipient r, Labels l, DigestContext c) {
        String state = l.stateName(r.holder(), c.stateName(r.holder()));
        if (r.findings().stream().anyMatch(f -> !r.holder().equals(f.state()))) {
            // Routing already guarantees it; a state's feedback leaking another state's findings must be impossible.
            throw new IllegalStateException("feedback for " + r.holder() + " holds another state's finding");
        }
        Digests.Counts counts = Digests.Counts.of(r.findings());
        String subject = Digests.prefix(l, c) + l.get("subject.state", state, counts.gaps());

        DigestWriter w = new DigestWriter(l);
        w.title(l.get("title.state", state));
        w.paragraph(r.person() == null || r.person().isBlank() ? l.get("greeting.none") : l.get("greeting.state", r.person()));
        w.paragraph(l.get("why.state", state));
        w.paragraph(l.get("intro", l.date(c.assessment().asOf()), c.reportingYear()));
        if (r.findings().isEmpty()) {
            w.paragraph(l.get("nothing"));
        } else {
            w.paragraph(l.get("summary", counts.earlyWarnings(), counts.gaps(), counts.positive()));
            Digests.findingsByState(w, l, r.findings(), false);
        }
        Digests.footer(w, l, c.assessment());
        return new Digest(subject, l.language(), w.text(), w.html(), List.of());
    }
}
