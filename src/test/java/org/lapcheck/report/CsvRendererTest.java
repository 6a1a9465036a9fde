package org.lapcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.lapcheck.FindingBuilder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Severity;
import org.lapcheck.model.UntrustedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvRendererTest {

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "plain|plain",
            "=1+2|'=1+2",
            "+41 22 000 0000|'+41 22 000 0000",
            "-5|'-5",
            "@SUM(A1)|'@SUM(A1)",
            "a,b|~\"a,b\"~",
            "say \"hi\"|~\"say \"\"hi\"\"\"~",
            "=x,y|~\"'=x,y\"~",
            "2024|2024"})
    void quotesByRfc4180AndNeutralisesFormulas(String value, String cell) {
        assertThat(CsvRenderer.cell(value)).isEqualTo(cell);
    }

    @Test
    void escapesTabsAndLineBreaksSoNoneStartsAFormulaOrARow() {
        assertThat(CsvRenderer.cell("\t=cmd")).isEqualTo("\\t=cmd");
        assertThat(CsvRenderer.cell("\r=cmd")).isEqualTo("\\r=cmd");
        assertThat(CsvRenderer.cell("two\nlines")).isEqualTo("two\\nlines");
        assertThat(CsvRenderer.cell("a\r\n=b,c")).isEqualTo("\"a\\r\\n=b,c\"");
        assertThat(CsvRenderer.cell(null)).isEmpty();
    }

    /**
     * As the terminal and Markdown show them (UntrustedText), then the formula prefix, then RFC 4180 quoting. (The
     * first value is quoted because the CSV source would trim its leading ESC.)
     */
    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "~\u001B[2J\u001B[31mDEU: valid~|\\u001B[2J\\u001B[31mDEU: valid",
            "file\u202Efdp.exe|file\\u202Efdp.exe",
            "\u2066=x\u2069|\\u2066=x\\u2069",
            "=1\u200B|'=1\\u200B",
            "a\u2028b,c|~\"a\\u2028b,c\"~",
            "caf\u00e9 \u00e0 Gen\u00e8ve (\u00a0km\u00b2)|caf\u00e9 \u00e0 Gen\u00e8ve (\u00a0km\u00b2)"})
    void escapesControlAndBidiCharactersAsEveryOtherFormatDoes(String value, String cell) {
        assertThat(CsvRenderer.cell(value)).isEqualTo(cell);
    }

    @Test
    void aStatesControlAndBidiCharactersStayInTheirCellEscaped() {
        String hostile = "BEL\r\nFORGED,row\u202E\u001B[2J\u0007";
        Assessment a = new Assessment(Fixtures.AS_OF, Fixtures.provenance(), List.of("ATL"), List.of(
                FindingBuilder.finding("A36-TRANSFER-DETAILS-NOT-REPORTED", "ATL", 2025, Severity.LOW, FindingKind.NOT_REPORTED,
                        "stockpile", List.of(15)).message("a transfer to " + hostile).actual("to: " + hostile)
                        .evidence("inputs/submissions/2025/ATL.yaml", "retention.transfers[0]", 40, 7).build()),
                List.of());
        byte[] bytes = new CsvRenderer().render(Fixtures.context(java.util.Locale.ENGLISH, a, null)).get(CsvRenderer.FINDINGS);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);

        // nothing unsafe anywhere but the CRLF that ends each row
        assertThat(text.replace("\r\n", "").codePoints().filter(UntrustedText::unsafe).toArray()).isEmpty();
        List<List<String>> rows = parse(text);
        assertThat(rows).hasSize(2);
        String shown = "BEL\\r\\nFORGED,row\\u202E\\u001B[2J\\u0007";
        assertThat(rows.get(1).get(CsvRenderer.FINDING_COLUMNS.indexOf("actual"))).isEqualTo("to: " + shown);
        assertThat(rows.get(1).get(CsvRenderer.FINDING_COLUMNS.indexOf("message"))).isEqualTo("a transfer to " + shown);
    }

    @Test
    void writesOneRowPerFindingAndOnePerResolvedOneMarkedWithItsChange() {
        List<List<String>> rows = parse(render(CsvRenderer.FINDINGS));
        assertThat(rows.get(0)).isEqualTo(CsvRenderer.FINDING_COLUMNS);
        assertThat(rows).hasSize(1 + Fixtures.assessment().findings().size() + 1);
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(CsvRenderer.FINDING_COLUMNS.size()));
        int change = CsvRenderer.FINDING_COLUMNS.indexOf("change");
        int id = CsvRenderer.FINDING_COLUMNS.indexOf("id");
        assertThat(rows.stream().skip(1).filter(r -> r.get(id).equals("T-INIT-OVERDUE:NGA")).findFirst().orElseThrow().get(change))
                .isEqualTo("persisting");
        assertThat(rows.get(rows.size() - 1).get(id)).isEqualTo("T-SUBMISSION-DATE-NOT-REPORTED:FRA:2025");
        assertThat(rows.get(rows.size() - 1).get(change)).isEqualTo("resolved");
    }

    @Test
    void aStatesFormulaArrivesInTheSpreadsheetAsText() {
        List<List<String>> rows = parse(render(CsvRenderer.FINDINGS));
        int actual = CsvRenderer.FINDING_COLUMNS.indexOf("actual");
        assertThat(rows.stream().map(r -> r.get(actual))).contains("'" + Fixtures.FORMULA)
                .noneMatch(v -> v.startsWith("="));
    }

    @Test
    void indicatorsCarryTheShareAndLastTimesCounts() {
        List<List<String>> rows = parse(render(CsvRenderer.INDICATORS));
        assertThat(rows.get(0)).isEqualTo(CsvRenderer.INDICATOR_COLUMNS);
        assertThat(rows).contains(List.of("43", "Initial and annual reports on time", "6", "2", "0.3333", "6", "3", "2026-11-29"));
        assertThat(rows).contains(List.of("19", "National strategy and annual work plans", "1", "0", "0.0000", "", "", "2026-11-29"));
    }

    private static String render(String file) {
        byte[] bytes = new CsvRenderer().render(Fixtures.context()).get(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").endsWith("\r\n");
        return text.substring(1);
    }

    /** A strict RFC 4180 reader, so the test does not trust the writer's own idea of quoting. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
