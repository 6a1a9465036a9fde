package org.lapcheck.notify;

import org.lapcheck.model.Acknowledgement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Finding;
import org.lapcheck.model.FindingKind;

/** Picks the digest for a recipient's audience, and holds what the digests share: counts, grouping, footer. */
final class Digests {

    private Digests() {}

    static Digest write(Recipient r, String defaultLanguage, DigestContext c) {
        Labels labels = Labels.of(r.language() == null ? defaultLanguage : r.language(), c.ruleWording());
        return switch (r.audience()) {
            case TROIKA -> TroikaOverview.write(r, labels, c);
            case STATE -> StateFeedback.write(r, labels, c);
            case COORDINATOR, GENDER_FOCAL_POINT, PRESIDENCY, ISU -> FindingsDigest.write(r, labels, c);
        };
    }

    /** Early warnings, gaps (everything needing follow-up that is not an early warning) and positive findings. */
    record Counts(int earlyWarnings, int gaps, int positive) {
        static Counts of(List<Finding> findings) {
            int early = 0;
            int positive = 0;
            for (Finding f : findings) {
                if (f.kind() == FindingKind.EARLY_WARNING) {
                    early++;
                } else if (f.kind() == FindingKind.POSITIVE) {
                    positive++;
                }
            }
            return new Counts(early, findings.size() - early - positive, positive);
        }
    }

    /** What an office still has to follow up: the findings the machinery has not acknowledged. */
    static List<Finding> open(List<Finding> findings) {
        return findings.stream().filter(f -> !f.isAcknowledged()).toList();
    }

    /**
     * At the end of an office's digest: how many findings the machinery acknowledged, and one line each (state, id,
     * office, until, reason). They are listed, not repeated in full, since a decision on them was already taken.
     */
    static void acknowledged(DigestWriter w, Labels l, List<Finding> findings) {
        List<Finding> acknowledged = findings.stream().filter(Finding::isAcknowledged).toList();
        if (acknowledged.isEmpty()) {
            return;
        }
        w.heading(l.get("heading.acknowledged", acknowledged.size()));
        w.paragraph(l.get("acknowledged.note"));
        List<String> lines = new ArrayList<>();
        for (Finding f : acknowledged) {
            Acknowledgement k = f.acknowledged();
            lines.add(l.get("acknowledged.line", f.state() == null ? l.get("heading.machinery-group") : f.state(), f.id(),
                    k.by() == null ? "?" : k.by(), l.date(k.until()), k.reason()));
        }
        w.bullets(lines);
    }

    static String prefix(Labels l, DigestContext c) {
        // "[LAP 2025]" in every language, so one mail filter catches every digest.
        return l.get("subject.prefix", c.reportingYear()) + " ";
    }

    /** Early warnings first, then the rest, each part grouped by state (the machinery's own findings first). */
    static void findingsByState(DigestWriter w, Labels l, List<Finding> ordered, boolean groupByState) {
        List<Finding> early = ordered.stream().filter(f -> f.kind() == FindingKind.EARLY_WARNING).toList();
        List<Finding> rest = ordered.stream().filter(f -> f.kind() != FindingKind.EARLY_WARNING).toList();
        if (!early.isEmpty()) {
            w.heading(l.get("heading.early-warnings"));
            groups(w, l, early, groupByState);
        }
        if (!rest.isEmpty()) {
            w.heading(l.get(groupByState ? "heading.by-state" : "heading.findings"));
            groups(w, l, rest, groupByState);
        }
    }

    private static void groups(DigestWriter w, Labels l, List<Finding> findings, boolean groupByState) {
        if (!groupByState) {
            w.findings(findings);
            return;
        }
        Map<String, List<Finding>> byState = new LinkedHashMap<>();
        for (Finding f : findings) {
            byState.computeIfAbsent(Objects.toString(f.state(), ""), k -> new ArrayList<>()).add(f);
        }
        for (List<Finding> group : byState.values()) {
            Finding first = group.get(0);
            w.subheading(first.state() == null ? l.get("heading.machinery-group")
                    : Routing.stateName(first) + " (" + first.state() + ")");
            w.findings(group);
        }
    }

    static void footer(DigestWriter w, Labels l, Assessment a) {
        String sha = a.provenance().rulesetSha256();
        String footer = l.get("footer", a.provenance().toolVersion(), l.date(a.asOf()),
                sha == null ? "?" : sha.substring(0, Math.min(12, sha.length())));
        String note = l.get("footer.messages");
        w.footer(note.isBlank() ? List.of(footer) : List.of(footer, note));
    }

    /**
     * The digest as a correction of a message already sent: the subject says so after the "[LAP yyyy]" prefix (so mail
     * filters still catch it), and both parts open with a note naming the first message.
     */
    static Digest correction(Digest d, Labels l, int version, String firstMessageId) {
        String mark = l.get("subject.correction", version) + " ";
        int end = d.subject().indexOf("] ");
        String subject = end < 0 ? mark + d.subject() : d.subject().substring(0, end + 2) + mark + d.subject().substring(end + 2);
        String note = l.get("correction.note", firstMessageId);
        String html = d.html().replaceFirst("<body>\n", java.util.regex.Matcher.quoteReplacement(
                "<body>\n<p><strong>" + DigestWriter.escape(note) + "</strong></p>\n"));
        return new Digest(subject, d.language(), note + "\n\n" + d.text(), html, d.attachments());
    }
}
