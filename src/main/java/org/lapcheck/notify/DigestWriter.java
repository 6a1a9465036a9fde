package org.lapcheck.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lapcheck.model.Finding;
import org.lapcheck.report.Html;

/**
 * Writes a digest twice at once, as plain text and as HTML, so the two parts always say the same thing. Every
 * string it is given is text, never markup: the HTML side escapes all of it, which is what keeps a state's
 * words (a message quoting its report, a contact's name) from becoming markup or script in a mail client.
 */
final class DigestWriter {

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html = new StringBuilder();
    private final Labels labels;
    private String title = "";

    DigestWriter(Labels labels) {
        this.labels = labels;
    }

    DigestWriter title(String raw) {
        String s = safe(raw);
        title = s;
        text.append(s).append('\n').append("=".repeat(Math.max(3, s.length()))).append("\n\n");
        html.append("<h1>").append(escape(s)).append("</h1>\n");
        return this;
    }

    DigestWriter heading(String raw) {
        String s = safe(raw);
        text.append('\n').append(s).append('\n').append("-".repeat(Math.max(3, s.length()))).append("\n\n");
        html.append("<h2>").append(escape(s)).append("</h2>\n");
        return this;
    }

    DigestWriter subheading(String raw) {
        String s = safe(raw);
        text.append(s).append('\n');
        html.append("<h3>").append(escape(s)).append("</h3>\n");
        return this;
    }

    DigestWriter paragraph(String raw) {
        String s = safe(raw);
        text.append(s).append("\n\n");
        html.append("<p>").append(escape(s)).append("</p>\n");
        return this;
    }

    DigestWriter bullets(List<String> items) {
        if (items.isEmpty()) {
            return this;
        }
        html.append("<ul>\n");
        for (String raw : items) {
            String item = safe(raw);
            text.append("  - ").append(item).append('\n');
            html.append("<li>").append(escape(item)).append("</li>\n");
        }
        text.append('\n');
        html.append("</ul>\n");
        return this;
    }

    /** A link only for http(s) addresses; anything else is shown as plain text, never as a link. */
    DigestWriter link(String rawSentence, String url) {
        String sentence = safe(rawSentence);
        text.append(sentence).append("\n\n");
        boolean web = url != null && url.toLowerCase(Locale.ROOT).matches("https?://\\S+");
        html.append("<p>");
        if (web) {
            html.append("<a href=\"").append(escape(url)).append("\">").append(escape(sentence)).append("</a>");
        } else {
            html.append(escape(sentence));
        }
        html.append("</p>\n");
        return this;
    }

    /** A list of findings: each with severity, kind, rule, action, article, message, expected/actual, evidence, id. */
    DigestWriter findings(List<Finding> findings) {
        html.append("<ul class=\"findings\">\n");
        for (Finding f : findings) {
            String head = safe("[" + labels.severity(f.severity()) + ", " + labels.kind(f.kind()) + "] " + nz(f.ruleId())
                    + reference(f));
            String message = safe(nz(labels.message(f)));
            text.append("  - ").append(head).append('\n');
            text.append(indent(message, "    ")).append('\n');
            html.append("<li><strong>").append(escape(head)).append("</strong><br>\n")
                    .append(escape(message));
            if (f.expected() != null || f.actual() != null) {
                String line = safe(labels.get("label.expected") + ": " + nz(labels.expected(f)) + "; "
                        + labels.get("label.actual") + ": " + nz(labels.actual(f)));
                text.append(indent(line, "    ")).append('\n');
                html.append("<br>\n<em>").append(escape(line)).append("</em>");
            }
            if (!f.where().isEmpty()) {
                String line = safe(labels.get("label.evidence") + ": " + f.where());
                text.append("    ").append(line).append('\n');
                html.append("<br>\n<small>").append(escape(line)).append("</small>");
            }
            String id = safe(labels.get("label.finding") + ": " + f.id());
            text.append("    ").append(id).append('\n');
            html.append("<br>\n<small><code>").append(escape(id)).append("</code></small></li>\n");
        }
        text.append('\n');
        html.append("</ul>\n");
        return this;
    }

    private String reference(Finding f) {
        List<String> parts = new ArrayList<>();
        if (f.action() != null) {
            parts.add(labels.get("label.action", String.valueOf(f.action())));
        }
        if (f.article() != null) {
            parts.add(labels.article(f.article()));
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    /** A table; the text side pads columns, numbers right-aligned. */
    DigestWriter table(List<String> rawHeader, List<List<String>> rawRows) {
        List<String> header = rawHeader.stream().map(DigestWriter::safe).toList();
        List<List<String>> rows = rawRows.stream().map(r -> r.stream().map(DigestWriter::safe).toList()).toList();
        int[] width = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            width[i] = header.get(i).length();
            for (List<String> row : rows) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        appendRow(header, width);
        StringBuilder rule = new StringBuilder("  ");
        for (int i = 0; i < width.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        text.append(rule).append('\n');
        rows.forEach(r -> appendRow(r, width));
        text.append('\n');

        html.append("<table>\n<tr>");
        header.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                html.append(i == 0 ? "<td>" : "<td class=\"n\">").append(escape(row.get(i))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        return this;
    }

    private void appendRow(List<String> cells, int[] width) {
        StringBuilder line = new StringBuilder("  ");
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            line.append(i == 0 ? "" : "  ").append(i == 0 ? c + pad : pad + c);
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }

    /** After the conventional "-- " line, so mail clients fold it away as a signature. */
    DigestWriter footer(List<String> lines) {
        text.append("\n-- \n");
        html.append("<hr>\n");
        for (String raw : lines) {
            String s = safe(raw);
            text.append(s).append('\n');
            html.append("<p class=\"footer\"><small>").append(escape(s)).append("</small></p>\n");
        }
        return this;
    }

    String text() {
        return text.toString();
    }

    String html() {
        // Arabic: the part reads right to left (dir on <html> and <body>, for clients that drop the former), with
        // codes, ids and numbers isolated in the text as on the report's pages.
        boolean rtl = labels.rightToLeft();
        String dir = rtl ? " dir=\"rtl\"" : "";
        return "<!DOCTYPE html>\n<html lang=\"" + escape(labels.tag()) + "\"" + dir + ">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>" + escape(title) + "</title>\n"
                + "<style>body{font-family:sans-serif;max-width:60em}td.n{text-align:end}"
                + "table{border-collapse:collapse}td,th{padding:2px 8px;border-bottom:1px solid #ddd;text-align:start}"
                + "ul.findings li{margin-bottom:.6em}"
                + ":lang(ar) body{font-family:\"Noto Naskh Arabic\",\"Noto Sans Arabic\",\"Segoe UI\",Tahoma,sans-serif}"
                + ":lang(zh) body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif}"
                + "</style>\n</head>\n<body" + dir + ">\n" + (rtl ? Html.isolateLeftToRight(html) : html) + "</body>\n</html>\n";
    }

    /** Everything a state wrote passes the report layer's one HTML escaper. */
    static String escape(String s) {
        return Html.escape(s);
    }


    /**
     * Text from a state (a message quoting its report, a contact's name) with its control and bidi characters shown
     * as escapes: in the plain-text part a U+202E would reorder the line in the reader's client, an ESC would reach a
     * terminal mail reader. The HTML side gets the same text, so both parts say the same thing.
     */
    static String safe(String s) {
        return org.lapcheck.model.UntrustedText.forPlainText(s);
    }

    private static String indent(String s, String prefix) {
        return prefix + s.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\n" + prefix);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
