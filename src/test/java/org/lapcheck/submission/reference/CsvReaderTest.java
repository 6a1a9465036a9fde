package org.lapcheck.submission.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lapcheck.model.Position;

/** membership.csv is placed line by line whatever its line ends: LF, CRLF or CR alone. */
class CsvReaderTest {

    @ParameterizedTest(name = "line end {0}")
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void placesEveryCellAtTheLineAnEditorShows(String end) {
        String text = "iso3,name" + end + "DEU,Germany" + end + "FRA,\"France" + end + "(two lines)\"" + end + "ITA,Italy" + end;

        List<CsvReader.Row> rows = new CsvReader("membership.csv", text).rows();

        assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1, 2, 3, 5);
        assertThat(rows.get(3).cells().get(1).at()).isEqualTo(new Position(5, 5));
        assertThat(rows.get(2).cells().get(1).text()).isEqualTo("France" + end + "(two lines)");
    }
}
