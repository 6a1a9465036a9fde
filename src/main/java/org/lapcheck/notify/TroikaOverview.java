package org.lapcheck.notify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Finding;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Indicator;
import org.lapcheck.model.Severity;

/**
 * The Presidential Troika's overview: counts by severity and by area, the early warnings, the gaps in the
 * machinery (including offices lapcheck could not write to), findings routed to the troika, the indicators
 * that moved since the previous assessment, with findings.csv and the HTML report attached.
 */
final class TroikaOverview {

    private TroikaOverview() {}

    static Digest write(Recipient r, Labels l, DigestContext c) {
        Assessment a = c.assessment();
        List<Finding> all = a.findings();
        Digests.Counts counts = Digests.Counts.of(Digests.open(all));
        String subject = Digests.prefix(l, c) + l.get("subject.troika", all.size(), counts.earlyWarnings());

        DigestWriter w = new DigestWriter(l);
        w.title(l.get("title.troika"));
        w.paragraph(l.get("why.troika", l.get("seat." + r.role()), r.holder() == null ? "?" : r.holder()));
        w.paragraph(l.get("intro", l.date(a.asOf()), c.reportingYear()));
        w.paragraph(l.get("summary", counts.earlyWarnings(), counts.gaps(), counts.positive()));

        w.heading(l.get("heading.counts-severity"));
        List<List<String>> severities = new ArrayList<>();
        for (Severity s : reversed(Severity.values())) {
            severities.add(List.of(l.severity(s), String.valueOf(a.count(s))));
        }
        severities.add(List.of(l.get("label.total"), String.valueOf(all.size())));
        w.table(List.of(l.get("label.severity"), l.get("label.count")), severities);

        w.heading(l.get("heading.counts-area"));
        w.table(areaHeader(l), areaRows(l, all));

        List<Finding> early = Routing.ordered(Digests.open(all).stream().filter(f -> f.kind() == FindingKind.EARLY_WARNING).toList());
        w.heading(l.get("heading.early-warnings"));
        if (early.isEmpty()) {
            w.paragraph(l.get("label.none"));
        } else {
            w.findings(early);
        }

        w.heading(l.get("heading.machinery"));
        List<Finding> machinery = Routing.ordered(all.stream().filter(f -> Routing.MACHINERY_AREA.equals(f.area())).toList());
        List<String> routingGaps = new ArrayList<>();
        c.routes().unaddressed().forEach(u -> routingGaps.add(u.key() + ": " + u.reason()));
        c.routes().unreachedByArea().forEach((area, n) -> routingGaps.add(l.get("unreached", l.area(area), n)));
        if (machinery.isEmpty() && routingGaps.isEmpty()) {
            w.paragraph(l.get("label.none"));
        }
        if (!machinery.isEmpty()) {
            w.findings(machinery);
        }
        if (!routingGaps.isEmpty()) {
            w.subheading(l.get("heading.unaddressed"));
            w.bullets(routingGaps);
        }

        List<Finding> routed = Routing.ordered(all.stream().filter(f -> f.recipients().contains("troika"))
                .filter(f -> f.kind() != FindingKind.EARLY_WARNING && !Routing.MACHINERY_AREA.equals(f.area())).toList());
        if (!routed.isEmpty()) {
            w.heading(l.get("heading.routed-troika"));
            w.findings(routed);
        }

        w.heading(l.get("heading.indicators"));
        indicators(w, l, a, c.previous());
        UseAccountDigest.write(w, l, c);

        w.heading(l.get("heading.attachments"));
        List<String> attached = new ArrayList<>();
        boolean html = false;
        for (Attachment at : c.troikaAttachments()) {
            if (at.fileName().endsWith(".csv")) {
                attached.add(l.get("attachment.csv"));
            } else {
                html = true;
                attached.add(l.get("attachment.html", at.fileName()));
            }
        }
        w.bullets(attached);
        if (c.reportUrl() != null) {
            w.link(l.get("attachment.link", c.reportUrl()), c.reportUrl());
        } else if (!html && c.reportFolder() != null) {
            w.paragraph(l.get("attachment.folder", c.reportFolder()));
        }
        Digests.acknowledged(w, l, all);
        Digests.footer(w, l, a);
        return new Digest(subject, l.language(), w.text(), w.html(), c.troikaAttachments());
    }

    private static List<String> areaHeader(Labels l) {
        List<String> header = new ArrayList<>();
        header.add(l.get("label.area"));
        for (Severity s : reversed(Severity.values())) {
            header.add(l.severity(s));
        }
        header.add(l.get("label.total"));
        return header;
    }

    private static List<List<String>> areaRows(Labels l, List<Finding> all) {
        Map<String, List<Finding>> byArea = all.stream().collect(
                Collectors.groupingBy(f -> f.area() == null ? "" : f.area(), TreeMap::new, Collectors.toList()));
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> e : byArea.entrySet()) {
            Map<Severity, Long> n = e.getValue().stream().collect(Collectors.groupingBy(Finding::severity, Collectors.counting()));
            List<String> row = new ArrayList<>();
            row.add(l.area(e.getKey().isEmpty() ? null : e.getKey()));
            for (Severity s : reversed(Severity.values())) {
                row.add(String.valueOf(n.getOrDefault(s, 0L)));
            }
            row.add(String.valueOf(e.getValue().size()));
            rows.add(row);
        }
        return rows;
    }

    /** Indicators whose share met changed (or that are new) since the previous assessment. */
    private static void indicators(DigestWriter w, Labels l, Assessment a, Assessment previous) {
        if (previous == null) {
            w.paragraph(l.get("indicators.none"));
            return;
        }
        Map<Integer, Indicator> before = previous.indicators().stream()
                .collect(Collectors.toMap(Indicator::action, Function.identity(), (x, y) -> x));
        List<String> moved = new ArrayList<>();
        for (Indicator now : a.indicators().stream().sorted(Comparator.comparingInt(Indicator::action)).toList()) {
            Indicator was = before.get(now.action());
            if (was == null) {
                moved.add(l.get("indicators.new", now.action(), now.met(), now.applicable()));
            } else if (was.met() != now.met() || was.applicable() != now.applicable()) {
                moved.add(l.get("indicators.line", now.action(), now.met(), now.applicable(), was.met(), was.applicable(),
                        l.date(previous.asOf())));
            }
        }
        if (moved.isEmpty()) {
            w.paragraph(l.get("indicators.unchanged", l.date(previous.asOf())));
        } else {
            w.bullets(moved);
        }
    }

    private static List<Severity> reversed(Severity[] values) {
        List<Severity> out = new ArrayList<>(List.of(values));
        Collections.reverse(out);
        return out;
    }
}
