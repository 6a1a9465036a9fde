package org.lapcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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
    void neutralisesTabsAndLineBreaks() {
        assertThat(CsvRenderer.cell("\t=cmd")).isEqualTo("'\t=cmd");
        assertThat(CsvRenderer.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvRenderer.cell(null)).isEmpty();
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
