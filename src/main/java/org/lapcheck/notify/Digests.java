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
        return write(r, Labels.of(r.language() == null ? defaultLanguage : r.language(), c.ruleWording()), c);
    }

    /** The digest for {@code r}, in the language of {@code labels}. */
    static Digest write(Recipient r, Labels labels, DigestContext c) {
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
        List<Finding> notOnFile = groupByState
                ? ordered.stream().filter(f -> f.kind() != FindingKind.EARLY_WARNING && org.lapcheck.findings.ReportsNotOnFile.is(f)).toList()
                : List.of();
        List<Finding> rest = ordered.stream().filter(f -> f.kind() != FindingKind.EARLY_WARNING && !notOnFile.contains(f)).toList();
        notOnFile(w, l, notOnFile);
        if (!early.isEmpty()) {
            w.heading(l.get("heading.early-warnings"));
            groups(w, l, early, groupByState);
        }
        if (!rest.isEmpty()) {
            w.heading(l.get(groupByState ? "heading.by-state" : "heading.findings"));
            groups(w, l, rest, groupByState);
        }
    }

    /**
     * What a reader needs first: what changed since the previous assessment among these findings (new ones, by id), and
     * what needs a decision (early warnings, and gaps graded high or critical), before the full list.
     */
    static void changedAndToDecide(DigestWriter w, Labels l, List<Finding> open, Assessment previous) {
        List<String> firstLines = new ArrayList<>();
        if (previous != null) {
            java.util.Set<String> before = new java.util.HashSet<>();
            previous.findings().forEach(f -> before.add(f.id()));
            long fresh = open.stream().filter(f -> !before.contains(f.id())).count();
            firstLines.add(l.get("changed.since", l.date(previous.asOf()), fresh, open.size() - fresh));
        }
        List<Finding> decide = open.stream().filter(f -> f.kind() == FindingKind.EARLY_WARNING
                || f.severity().atLeast(org.lapcheck.model.Severity.HIGH)).toList();
        firstLines.add(decide.isEmpty() ? l.get("decide.none")
                : l.get("decide.some", decide.size(), String.join(", ", decide.stream().map(Finding::id).limit(12).toList())
                        + (decide.size() > 12 ? ", ..." : "")));
        w.heading(l.get("heading.first"));
        w.bullets(firstLines);
    }

    /**
     * "Report not on file", one line per state: the years and their due dates, then the way forward once, so a
     * coordinator with a hundred states reads a list rather than a hundred letters. findings.json keeps every one.
     */
    private static void notOnFile(DigestWriter w, Labels l, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        Map<String, List<Finding>> byState = org.lapcheck.findings.ReportsNotOnFile.byState(findings);
        w.heading(l.get("heading.not-on-file", findings.size(), byState.size()));
        w.paragraph(l.get("not-on-file.way-forward"));
        List<String> lines = new ArrayList<>();
        for (List<Finding> group : byState.values()) {
            Finding first = group.get(0);
            List<String> owed = new ArrayList<>();
            for (Finding f : group) {
                String due = f.params().get("due");
                String when = due == null ? "" : " (" + l.get("not-on-file.due", l.date(java.time.LocalDate.parse(due))) + ")";
                owed.add((f.year() == null ? l.get("not-on-file.initial") : String.valueOf(f.year())) + when
                        + ("T-ANNUAL-OVERDUE-OBLIGATED".equals(f.ruleId()) ? " " + l.get("not-on-file.obligated") : ""));
            }
            lines.add(l.stateName(first.state(), Routing.stateName(first)) + " (" + first.state() + "): " + String.join("; ", owed));
        }
        w.bullets(lines);
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
                    : l.stateName(first.state(), Routing.stateName(first)) + " (" + first.state() + ")");
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
