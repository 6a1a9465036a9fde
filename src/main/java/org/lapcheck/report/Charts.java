package org.lapcheck.report;

import org.lapcheck.wording.Formats;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lapcheck.model.Finding;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Indicator;
import org.lapcheck.model.Severity;

/**
 * The charts, drawn here as SVG text: crisp at any zoom, no fonts or display needed on the server, and inlined into
 * the pages so they work opened from disk. Every label passes through {@link Html#escape}.
 */
final class Charts {

    /** The same font stacks as the pages' CSS: Arabic and simplified Chinese fonts named, so no label falls back to boxes. */
    static final String FONT = "font-family=\"DejaVu Sans, Noto Sans, Noto Naskh Arabic, Noto Sans Arabic, Noto Sans CJK SC, "
            + "Source Han Sans SC, PingFang SC, Microsoft YaHei, Tahoma, Verdana, Arial, sans-serif\"";

    /**
     * Horizontal positions as a chart is read: left to right as drawn, or mirrored for a right-to-left language, where
     * labels stand on the right, bars grow leftwards and time runs from right to left. Text anchors need no change:
     * the charts of a right-to-left page set {@code direction="rtl"}, which turns {@code start} and {@code end}
     * around with the positions.
     */
    record Mirror(int width, boolean on) {

        static Mirror of(Labels l, int width) {
            return new Mirror(width, l.rightToLeft());
        }

        int x(int v) {
            return on ? width - v : v;
        }

        double x(double v) {
            return on ? width - v : v;
        }

        /** The left edge of a box drawn from {@code x} with width {@code w}. */
        int box(int x, int w) {
            return on ? width - x - w : x;
        }

        /** An arrow pointing forward in time. */
        String forward() {
            return on ? "←" : "→";
        }
    }

    private Charts() {}

    /** Fill colour of a severity; the same in charts and badges so one legend explains both. */
    static String colour(Severity s) {
        return switch (s) {
            case CRITICAL -> "#67000d";
            case HIGH -> "#cb181d";
            case MEDIUM -> "#fb6a4a";
            case LOW -> "#fcbba1";
            case INFO -> "#c6dbef";
        };
    }

    static String ink(Severity s) {
        return s.atLeast(Severity.HIGH) ? "#ffffff" : "#111111";
    }

    static final String POSITIVE = "#a1d99b";
    static final String EMPTY = "#f2f2f2";

    // ---------------------------------------------------------------------------------------- heat map

    /**
     * States (rows) × LAP sections (columns), each cell coloured by the worst finding there and showing how many
     * findings need attention; green where the state only did well. Rows link to the state pages.
     *
     * @param link prefix of the state pages from where the chart is shown ({@code "states/"} or {@code "../states/"})
     */
    static String heatMap(ReportView view, String link) {
        Labels l = view.labels;
        List<String> areas = view.areas();
        List<String> rows = new ArrayList<>(view.states());
        boolean machinery = !view.machinery().isEmpty();
        int labelWidth = 250;
        int cell = 58;
        int rowHeight = 20;
        int legendHeight = 56;
        // Column labels run up and to the right at 45°: leave room above and beside the grid for the longest.
        int longest = areas.stream().mapToInt(a -> textWidth(l.area(a), 12)).max().orElse(0);
        int header = Math.max(60, (int) Math.ceil(longest * 0.72) + 16);
        int width = labelWidth + areas.size() * cell + Math.max(20, (int) Math.ceil(longest * 0.72) - cell / 2 + 10);
        int height = header + (rows.size() + (machinery ? 1 : 0)) * rowHeight + legendHeight;
        Mirror m = Mirror.of(l, width);
        StringBuilder s = open(l, width, height, l.get("chart.heatmap.title"));
        for (int c = 0; c < areas.size(); c++) {
            int x = m.x(labelWidth + c * cell + cell / 2);
            s.append("<text x=\"0\" y=\"0\" transform=\"translate(").append(x).append(',').append(header - 8)
                    .append(") rotate(").append(m.on() ? 45 : -45).append(")\" font-size=\"12\">").append(Html.escape(l.area(areas.get(c)))).append("</text>\n");
        }
        int y = header;
        if (machinery) {
            heatRow(view, s, m, null, null, areas, y, labelWidth, cell, rowHeight);
            y += rowHeight;
        }
        for (String state : rows) {
            heatRow(view, s, m, state, link + ReportView.slug(state) + ".html", areas, y, labelWidth, cell, rowHeight);
            y += rowHeight;
        }
        legend(view, s, m, 10, y + 18);
        return s.append("</svg>\n").toString();
    }

    private static void heatRow(ReportView view, StringBuilder s, Mirror m, String state, String href, List<String> areas, int y,
            int labelWidth, int cell, int rowHeight) {
        List<Finding> findings = view.findingsOf(state);
        if (href != null) {
            s.append("<a href=\"").append(Html.escape(href)).append("\">");
        }
        s.append("<g><title>").append(Html.escape(view.stateLabel(state))).append("</title>");
        s.append("<text x=\"").append(m.x(labelWidth - 8)).append("\" y=\"").append(y + rowHeight - 6)
                .append("\" font-size=\"12\" text-anchor=\"end\"").append(href == null ? "" : " fill=\"#08519c\"").append('>')
                .append(Html.escape(shorten(view.stateLabel(state), 34))).append("</text>");
        for (int c = 0; c < areas.size(); c++) {
            String area = areas.get(c);
            Optional<Severity> worst = view.worst(findings, area);
            long count = ReportView.concerns(findings).stream().filter(f -> area.equals(f.area())).count();
            String fill = worst.map(Charts::colour).orElse(view.hasPositive(findings, area) ? POSITIVE : EMPTY);
            int x = labelWidth + c * cell;
            s.append("<rect x=\"").append(m.box(x + 1, cell - 2)).append("\" y=\"").append(y + 1).append("\" width=\"").append(cell - 2)
                    .append("\" height=\"").append(rowHeight - 2).append("\" fill=\"").append(fill).append("\"/>");
            if (count > 0) {
                s.append("<text x=\"").append(m.x(x + cell / 2)).append("\" y=\"").append(y + rowHeight - 6)
                        .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"").append(ink(worst.orElseThrow()))
                        .append("\">").append(view.labels.number(count)).append("</text>");
            } else if (view.hasPositive(findings, area)) {
                s.append("<text x=\"").append(m.x(x + cell / 2)).append("\" y=\"").append(y + rowHeight - 6)
                        .append("\" font-size=\"11\" text-anchor=\"middle\">✓</text>");
            }
        }
        s.append("</g>");
        if (href != null) {
            s.append("</a>");
        }
        s.append('\n');
    }

    private static void legend(ReportView view, StringBuilder s, Mirror m, int x, int y) {
        Labels l = view.labels;
        int cx = x;
        for (Severity sev : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO)) {
            cx = swatch(s, m, cx, y, colour(sev), l.severity(sev));
        }
        cx = swatch(s, m, cx, y, POSITIVE, l.get("legend.done_well"));
        swatch(s, m, cx, y, EMPTY, l.get("legend.no_findings"));
        s.append("<text x=\"").append(m.x(x)).append("\" y=\"").append(y + 26).append("\" font-size=\"11\" fill=\"#555\">")
                .append(Html.escape(l.get("legend.heatmap"))).append("</text>\n");
    }

    private static int swatch(StringBuilder s, Mirror m, int x, int y, String fill, String label) {
        s.append("<rect x=\"").append(m.box(x, 14)).append("\" y=\"").append(y - 11).append("\" width=\"14\" height=\"14\" fill=\"")
                .append(fill).append("\" stroke=\"#999\" stroke-width=\"0.5\"/><text x=\"").append(m.x(x + 19)).append("\" y=\"")
                .append(y).append("\" font-size=\"12\">").append(Html.escape(label)).append("</text>\n");
        return x + 19 + textWidth(label, 12) + 18;
    }

    // ---------------------------------------------------------------------------------------- indicators

    /** One bar per LAP action: the share of the states it applies to that meet it, with last time's share as a tick. */
    static String indicators(ReportView view, String link) {
        Labels l = view.labels;
        List<Indicator> indicators = view.assessment.indicators();
        int labelWidth = 330;
        int barWidth = 360;
        int rowHeight = 28;
        int width = labelWidth + barWidth + 170;
        int height = 30 + indicators.size() * rowHeight + 52;
        Mirror m = Mirror.of(l, width);
        StringBuilder s = open(l, width, height, l.get("chart.indicators.title"));
        int x0 = labelWidth;
        for (int p = 0; p <= 100; p += 25) {
            int x = m.x(x0 + barWidth * p / 100);
            s.append("<line x1=\"").append(x).append("\" y1=\"22\" x2=\"").append(x).append("\" y2=\"")
                    .append(30 + indicators.size() * rowHeight).append("\" stroke=\"#ddd\"/>")
                    .append("<text x=\"").append(x).append("\" y=\"16\" font-size=\"11\" text-anchor=\"middle\" fill=\"#555\">")
                    .append(Html.escape(l.percent(p / 100.0))).append("</text>\n");
        }
        int y = 30;
        for (Indicator i : indicators) {
            String label = i.action() + " · " + view.actionTitle(i.action());
            s.append("<a href=\"").append(Html.escape(link + i.action() + ".html")).append("\"><g><title>")
                    .append(Html.escape(view.actionLabel(i.action()))).append("</title>")
                    .append("<text x=\"").append(m.x(labelWidth - 10)).append("\" y=\"").append(y + 18)
                    .append("\" font-size=\"12\" text-anchor=\"end\" fill=\"#08519c\">").append(Html.escape(shorten(label, 48)))
                    .append("</text></g></a>");
            s.append("<rect x=\"").append(m.box(x0, barWidth)).append("\" y=\"").append(y + 5).append("\" width=\"").append(barWidth)
                    .append("\" height=\"18\" fill=\"").append(EMPTY).append("\"/>");
            int w = (int) Math.round(barWidth * i.share());
            s.append("<rect x=\"").append(m.box(x0, w)).append("\" y=\"").append(y + 5).append("\" width=\"").append(w)
                    .append("\" height=\"18\" fill=\"#4292c6\"/>");
            Optional<Indicator> before = view.previousIndicator(i.action());
            if (before.isPresent() && before.get().applicable() > 0) {
                int px = m.x(x0 + (int) Math.round(barWidth * before.get().share()));
                s.append("<line x1=\"").append(px).append("\" y1=\"").append(y + 2).append("\" x2=\"").append(px)
                        .append("\" y2=\"").append(y + 26).append("\" stroke=\"#111\" stroke-width=\"2\"/>");
            }
            String value = l.get("chart.indicators.value", l.number(i.met()), l.number(i.applicable()),
                    i.applicable() == 0 ? "–" : l.percent(i.share()));
            s.append("<text x=\"").append(m.x(x0 + barWidth + 8)).append("\" y=\"").append(y + 18).append("\" font-size=\"12\">")
                    .append(Html.escape(value)).append("</text>\n");
            y += rowHeight;
        }
        s.append("<text x=\"").append(m.x(10)).append("\" y=\"").append(y + 22).append("\" font-size=\"11\" fill=\"#555\">")
                .append(Html.escape(l.get("chart.indicators.note"))).append("</text>\n");
        if (view.diff.present()) {
            s.append("<text x=\"").append(m.x(10)).append("\" y=\"").append(y + 38).append("\" font-size=\"11\" fill=\"#555\">")
                    .append(Html.escape(l.get("chart.indicators.previous", l.date(view.diff.previousAsOf())))).append("</text>\n");
        }
        return s.append("</svg>\n").toString();
    }

    // ---------------------------------------------------------------------------------------- universalization

    /** States parties per year, the line of the last five years carried forward, and the target of 130. */
    static String membership(ReportView view, MembershipTrend.Projection p) {
        Labels l = view.labels;
        Map<Integer, Integer> perYear = p.perYear();
        int first = p.perYear().firstKey();
        int last = p.lastYear();
        int end = p.reachedIn() == null ? last + 10 : Math.max(p.reachedIn() + 1, last + 2);
        int capped = Math.min(end, last + 60);
        int top = Math.max(MembershipTrend.TARGET, perYear.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        top = ((top + 19) / 20) * 20;
        int width = 860;
        int height = 380;
        int left = 56;
        int right = 24;
        int plotTop = 24;
        int bottom = 60;
        double xs = (width - left - right) / (double) (capped - first);
        double ys = (height - plotTop - bottom) / (double) top;
        Mirror mx = Mirror.of(l, width);
        StringBuilder s = open(l, width, height, l.get("chart.membership.title"));
        int baseY = height - bottom;
        for (int v = 0; v <= top; v += 20) {
            double y = baseY - v * ys;
            s.append("<line x1=\"").append(mx.x(left)).append("\" y1=\"").append(fmt(y)).append("\" x2=\"").append(mx.x(width - right))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#e5e5e5\"/><text x=\"").append(mx.x(left - 6))
                    .append("\" y=\"").append(fmt(y + 4)).append("\" font-size=\"11\" text-anchor=\"end\" fill=\"#555\">")
                    .append(v).append("</text>\n");
        }
        int step = yearStep(capped - first);
        for (int year = first; year <= capped; year++) {
            // Every step-th year, and the last one unless it would crowd the tick before it.
            boolean onStep = (year - first) % step == 0;
            if (!onStep && (year != capped || (year - first) % step < Math.max(2, step / 2 + 1))) {
                continue;
            }
            double x = left + (year - first) * xs;
            s.append("<line x1=\"").append(fmt(mx.x(x))).append("\" y1=\"").append(baseY).append("\" x2=\"").append(fmt(mx.x(x)))
                    .append("\" y2=\"").append(baseY + 5).append("\" stroke=\"#555\"/><text x=\"").append(fmt(mx.x(x)))
                    .append("\" y=\"").append(baseY + 19).append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#555\">")
                    .append(year).append("</text>\n");
        }
        s.append("<line x1=\"").append(mx.x(left)).append("\" y1=\"").append(baseY).append("\" x2=\"").append(mx.x(width - right))
                .append("\" y2=\"").append(baseY).append("\" stroke=\"#555\"/>\n");
        double targetY = baseY - MembershipTrend.TARGET * ys;
        s.append("<line x1=\"").append(mx.x(left)).append("\" y1=\"").append(fmt(targetY)).append("\" x2=\"").append(mx.x(width - right))
                .append("\" y2=\"").append(fmt(targetY)).append("\" stroke=\"#238b45\" stroke-dasharray=\"6 4\"/><text x=\"")
                .append(mx.x(left + 6)).append("\" y=\"").append(fmt(targetY - 6)).append("\" font-size=\"12\" fill=\"#238b45\">")
                .append(Html.escape(l.get("chart.membership.target", MembershipTrend.TARGET))).append("</text>\n");
        // The projection: the fitted line from the start of the rate window to the year the target is reached.
        double x1 = left + (p.firstYear() - first) * xs;
        double y1 = baseY - Math.max(0, p.at(p.firstYear())) * ys;
        int toYear = p.reachedIn() == null ? capped : Math.min(p.reachedIn(), capped);
        double x2 = left + (toYear - first) * xs;
        double y2 = baseY - Math.max(0, Math.min(top, p.at(toYear))) * ys;
        s.append("<line x1=\"").append(fmt(mx.x(x1))).append("\" y1=\"").append(fmt(y1)).append("\" x2=\"").append(fmt(mx.x(x2)))
                .append("\" y2=\"").append(fmt(y2)).append("\" stroke=\"#ef6548\" stroke-width=\"2\" stroke-dasharray=\"5 4\"/>\n");
        if (p.reachedIn() != null) {
            String label = p.reachedIn() > capped ? mx.forward() + " " + p.reachedIn() : "≈ " + p.reachedIn();
            double lx = left + (Math.min(p.reachedIn(), capped) - first) * xs;
            s.append("<circle cx=\"").append(fmt(mx.x(lx))).append("\" cy=\"").append(fmt(targetY)).append("\" r=\"4\" fill=\"#ef6548\"/>")
                    .append("<text x=\"").append(fmt(mx.x(lx))).append("\" y=\"").append(fmt(targetY - 10))
                    .append("\" font-size=\"12\" font-weight=\"bold\" text-anchor=\"end\" fill=\"#ef6548\">")
                    .append(Html.escape(label)).append("</text>\n");
        }
        StringBuilder points = new StringBuilder();
        perYear.forEach((year, n) -> points.append(fmt(mx.x(left + (year - first) * xs))).append(',').append(fmt(baseY - n * ys)).append(' '));
        s.append("<polyline points=\"").append(points.toString().strip()).append("\" fill=\"none\" stroke=\"#08519c\" stroke-width=\"2.5\"/>\n");
        perYear.forEach((year, n) -> s.append("<circle cx=\"").append(fmt(mx.x(left + (year - first) * xs))).append("\" cy=\"")
                .append(fmt(baseY - n * ys)).append("\" r=\"3\" fill=\"#08519c\"><title>").append(year).append(": ")
                .append(n).append("</title></circle>"));
        int lastCount = perYear.get(last);
        s.append("\n<text x=\"").append(fmt(mx.x(left + (last - first) * xs + 6))).append("\" y=\"").append(fmt(baseY - lastCount * ys + 16))
                .append("\" font-size=\"12\" fill=\"#08519c\">").append(lastCount).append("</text>\n");
        int ly = height - 14;
        s.append("<line x1=\"").append(mx.x(left)).append("\" y1=\"").append(ly - 4).append("\" x2=\"").append(mx.x(left + 24))
                .append("\" y2=\"").append(ly - 4).append("\" stroke=\"#08519c\" stroke-width=\"2.5\"/><text x=\"")
                .append(mx.x(left + 30)).append("\" y=\"").append(ly).append("\" font-size=\"12\">")
                .append(Html.escape(l.get("chart.membership.actual"))).append("</text>");
        int lx = left + 40 + textWidth(l.get("chart.membership.actual"), 12) + 20;
        s.append("<line x1=\"").append(mx.x(lx)).append("\" y1=\"").append(ly - 4).append("\" x2=\"").append(mx.x(lx + 24))
                .append("\" y2=\"").append(ly - 4).append("\" stroke=\"#ef6548\" stroke-width=\"2\" stroke-dasharray=\"5 4\"/><text x=\"")
                .append(mx.x(lx + 30)).append("\" y=\"").append(ly).append("\" font-size=\"12\">")
                .append(Html.escape(l.get("chart.membership.projection", MembershipTrend.RATE_YEARS))).append("</text>\n");
        return s.append("</svg>\n").toString();
    }

    /** The caption that says in words what the membership chart shows. */
    static String membershipCaption(Labels l, MembershipTrend.Projection p) {
        String rate = (p.slope() >= 0 ? "+" : "−") + Formats.decimal(String.format(Locale.ROOT, "%.1f", Math.abs(p.slope())), l.locale());
        int last = p.perYear().get(p.lastYear());
        if (last >= MembershipTrend.TARGET) {
            return l.get("chart.membership.reached", MembershipTrend.TARGET, p.reachedIn());
        }
        if (p.reachedIn() == null) {
            return l.get("chart.membership.never", l.number(last), p.lastYear(), MembershipTrend.RATE_YEARS, rate,
                    MembershipTrend.TARGET);
        }
        return l.get("chart.membership.caption", l.number(last), p.lastYear(), MembershipTrend.RATE_YEARS, rate,
                MembershipTrend.TARGET, p.reachedIn());
    }

    // ---------------------------------------------------------------------------------------- timeline

    /** A state's dated milestones on one axis, with the as-of date as "today"; labels stacked so none overlap. */
    static String timeline(ReportView view, List<ReportView.Milestone> milestones) {
        Labels l = view.labels;
        LocalDate asOf = view.assessment.asOf();
        LocalDate from = milestones.stream().map(ReportView.Milestone::date).min(LocalDate::compareTo).orElse(asOf);
        LocalDate to = milestones.stream().map(ReportView.Milestone::date).max(LocalDate::compareTo).orElse(asOf);
        from = (from.isBefore(asOf) ? from : asOf).minusDays(45);
        to = (to.isAfter(asOf) ? to : asOf).plusDays(45);
        int width = 860;
        int left = 20;
        int right = 20;
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        double xs = (width - left - right) / (double) days;
        // Greedy rows: each label goes to the first row where it does not touch the previous one.
        List<Integer> rowEnds = new ArrayList<>();
        List<int[]> placed = new ArrayList<>();
        for (ReportView.Milestone m : milestones) {
            int x = (int) Math.round(left + ChronoUnit.DAYS.between(from, m.date()) * xs);
            int w = textWidth(label(l, m), 11);
            int start = Math.max(2, Math.min(x - 4, width - 2 - w));
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) > start - 8) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(0);
            }
            rowEnds.set(row, start + w);
            placed.add(new int[] {x, row, start});
        }
        int rows = Math.max(1, rowEnds.size());
        int axisY = 30 + rows * 18;
        int height = axisY + 50;
        Mirror mx = Mirror.of(l, width);
        StringBuilder s = open(l, width, height, l.get("chart.timeline.title"));
        s.append("<line x1=\"").append(mx.x(left)).append("\" y1=\"").append(axisY).append("\" x2=\"").append(mx.x(width - right))
                .append("\" y2=\"").append(axisY).append("\" stroke=\"#555\"/>\n");
        for (int year = from.getYear() + 1; year <= to.getYear(); year++) {
            double x = left + ChronoUnit.DAYS.between(from, LocalDate.of(year, 1, 1)) * xs;
            s.append("<line x1=\"").append(fmt(mx.x(x))).append("\" y1=\"").append(axisY - 4).append("\" x2=\"").append(fmt(mx.x(x)))
                    .append("\" y2=\"").append(axisY + 4).append("\" stroke=\"#555\"/><text x=\"").append(fmt(mx.x(x)))
                    .append("\" y=\"").append(axisY + 18).append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#555\">")
                    .append(year).append("</text>\n");
        }
        double today = left + ChronoUnit.DAYS.between(from, asOf) * xs;
        String asOfLabel = l.get("timeline.as_of") + " " + l.date(asOf);
        // Centred under the line, but kept inside the chart near either edge.
        double half = textWidth(asOfLabel, 11) / 2.0;
        double labelX = Math.max(half + 2, Math.min(width - half - 2, today));
        s.append("<line x1=\"").append(fmt(mx.x(today))).append("\" y1=\"14\" x2=\"").append(fmt(mx.x(today))).append("\" y2=\"")
                .append(axisY + 24).append("\" stroke=\"#08519c\" stroke-dasharray=\"4 3\"/><text x=\"").append(fmt(mx.x(labelX)))
                .append("\" y=\"").append(axisY + 38).append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#08519c\">")
                .append(Html.escape(asOfLabel)).append("</text>\n");
        for (int i = 0; i < milestones.size(); i++) {
            ReportView.Milestone m = milestones.get(i);
            int[] at = placed.get(i);
            int labelY = 24 + at[1] * 18;
            Finding f = m.finding();
            String fill = f.kind() == FindingKind.POSITIVE ? POSITIVE : colour(f.severity());
            s.append("<g><title>").append(Html.escape(l.date(m.date()) + " — " + l.param(m.param()) + l.colon()
                    + view.rules.title(f))).append("</title>");
            s.append("<line x1=\"").append(mx.x(at[0])).append("\" y1=\"").append(labelY + 3).append("\" x2=\"").append(mx.x(at[0]))
                    .append("\" y2=\"").append(axisY).append("\" stroke=\"#bbb\"/>");
            s.append("<circle cx=\"").append(mx.x(at[0])).append("\" cy=\"").append(axisY).append("\" r=\"6\" fill=\"").append(fill)
                    .append("\" stroke=\"#333\" stroke-width=\"0.8\"/>");
            s.append("<text x=\"").append(mx.x(at[2])).append("\" y=\"").append(labelY).append("\" font-size=\"11\">")
                    .append(Html.escape(label(l, m))).append("</text></g>\n");
        }
        return s.append("</svg>\n").toString();
    }

    private static String label(Labels l, ReportView.Milestone m) {
        return l.param(m.param()) + l.colon() + l.date(m.date());
    }

    // ---------------------------------------------------------------------------------------- responses to use

    /** Colours of the instances of use, in register order (cycled beyond six). */
    private static final String[] INSTANCE_COLOURS = {"#2171b5", "#6a51a3", "#238b45", "#d94801", "#525252", "#8c6d31"};

    /**
     * The presidency's account as a chart: for each year of the account a group of bars, one per instance active in
     * it, as tall as the number of states parties whose report for the year records a response to it; the count and
     * the states parties bound that year on each bar. Instance titles (register text) are escaped.
     */
    static String responses(ReportView view) {
        Labels l = view.labels;
        org.lapcheck.model.UseAccount u = view.assessment.useAccount();
        List<org.lapcheck.model.UseInstance> instances = u.active();
        List<Integer> years = u.years().stream().map(org.lapcheck.model.UseAccount.YearShare::year).toList();
        int max = Math.max(1, u.rows().stream().mapToInt(r -> r.responders().size()).max().orElse(0));
        int bar = 34;
        int gap = 26;
        int left = 50;
        int plot = 180;
        int top = 24;
        int group = Math.max(1, instances.size()) * bar + gap;
        int width = Math.max(520, left + years.size() * group + 40);
        int legend = 20 * instances.size() + 36;
        int height = top + plot + 30 + legend;
        StringBuilder s = open(l, width, height, l.get("chart.use.title"));
        Mirror mx = Mirror.of(l, width);
        int base = top + plot;
        int step = Math.max(1, (int) Math.ceil(max / 5.0));
        for (int v = 0; v <= max; v += step) {
            int y = base - plot * v / max;
            s.append("<line x1=\"").append(mx.x(left)).append("\" y1=\"").append(y).append("\" x2=\"").append(mx.x(width - 20))
                    .append("\" y2=\"").append(y).append("\" stroke=\"#ddd\"/><text x=\"").append(mx.x(left - 6)).append("\" y=\"")
                    .append(y + 4).append("\" font-size=\"11\" text-anchor=\"end\" fill=\"#555\">")
                    .append(Html.escape(l.number(v))).append("</text>\n");
        }
        for (int g = 0; g < years.size(); g++) {
            int year = years.get(g);
            int x0 = left + gap / 2 + g * group;
            for (int k = 0; k < instances.size(); k++) {
                org.lapcheck.model.UseInstance i = instances.get(k);
                Optional<org.lapcheck.model.UseAccount.InstanceYear> row = u.rowsOf(i.id()).stream()
                        .filter(r -> r.year() == year).findFirst();
                if (row.isEmpty()) {
                    continue; // not active that year
                }
                int n = row.get().responders().size();
                int h = plot * n / max;
                int x = x0 + k * bar;
                s.append("<g><title>").append(Html.escape(i.title() + " (" + i.id() + "), " + year + l.colon()
                        + l.number(n) + " / " + l.number(row.get().parties()))).append("</title><rect x=\"").append(mx.box(x + 2, bar - 4))
                        .append("\" y=\"").append(base - h).append("\" width=\"").append(bar - 4).append("\" height=\"")
                        .append(h).append("\" fill=\"").append(INSTANCE_COLOURS[k % INSTANCE_COLOURS.length])
                        .append("\"/><text x=\"").append(mx.x(x + bar / 2)).append("\" y=\"").append(base - h - 4)
                        .append("\" font-size=\"11\" text-anchor=\"middle\">").append(Html.escape(l.number(n)))
                        .append("</text></g>\n");
            }
            s.append("<text x=\"").append(mx.x(x0 + instances.size() * bar / 2)).append("\" y=\"").append(base + 16)
                    .append("\" font-size=\"12\" text-anchor=\"middle\">").append(year).append("</text>\n");
        }
        int y = base + 36;
        for (int k = 0; k < instances.size(); k++) {
            org.lapcheck.model.UseInstance i = instances.get(k);
            s.append("<rect x=\"").append(mx.box(left, 12)).append("\" y=\"").append(y - 10).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(INSTANCE_COLOURS[k % INSTANCE_COLOURS.length]).append("\"/><text x=\"").append(mx.x(left + 18))
                    .append("\" y=\"").append(y).append("\" font-size=\"12\">")
                    .append(Html.escape(shorten(i.title() + " (" + i.id() + ")", 90))).append("</text>\n");
            y += 20;
        }
        s.append("<text x=\"").append(mx.x(10)).append("\" y=\"").append(y + 6).append("\" font-size=\"11\" fill=\"#555\">")
                .append(Html.escape(l.get("chart.use.note"))).append("</text>\n");
        return s.append("</svg>\n").toString();
    }

    // ---------------------------------------------------------------------------------------- helpers

    private static StringBuilder open(Labels l, int width, int height, String title) {
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\" role=\"img\" ")
                .append(FONT);
        if (!"en".equals(l.language())) {
            // The charts are also files of their own (charts/*.svg): they carry their language and direction.
            s.append(" xml:lang=\"").append(Html.escape(l.tag())).append('"');
        }
        if (l.rightToLeft()) {
            s.append(" direction=\"rtl\"");
        }
        s.append(">\n<title>").append(Html.escape(title)).append("</title>\n");
        return s;
    }

    /** A year step that keeps the axis to about a dozen labels. */
    static int yearStep(int span) {
        for (int step : new int[] {1, 2, 5, 10, 20}) {
            if (span / step <= 14) {
                return step;
            }
        }
        return 50;
    }

    /** A conservative width estimate for a label, since the server measures no fonts. */
    static int textWidth(String text, int fontSize) {
        // Chinese characters (and other wide ones) take a full em; everything else about 0.62 of one.
        int wide = (int) text.chars().filter(Charts::wide).count();
        return (int) Math.ceil((text.length() - wide) * fontSize * 0.62 + wide * fontSize);
    }

    private static boolean wide(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF;
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }

    private static String fmt(double v) {
        // One decimal rounded half up, as %.1f gives, without a Formatter: charts hold thousands of coordinates.
        return java.math.BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
