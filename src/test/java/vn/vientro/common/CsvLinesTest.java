package vn.vientro.common;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvLinesTest {

    @Test
    void quotedFieldsKeepCommasAndDoubledQuotes() {
        assertThat(CsvLines.fields("VND,2026-01-05,\"25,450\",\"Ngân hàng \"\"Nhà nước\"\"\"")).containsExactly(
                "VND", "2026-01-05", "25,450", "Ngân hàng \"Nhà nước\"");
        assertThat(CsvLines.fields("a,,c,")).containsExactly("a", "", "c", "");
    }

    @Test
    void dataLinesSkipTheHeaderAndBlankLinesAndKeepTheirNumbers() {
        List<CsvLines.Line> lines = CsvLines.dataLines("currency,date\r\nVND,2026-01-05\n\n  \nEUR, 2026-01-06 \n");
        assertThat(lines).extracting(CsvLines.Line::number).containsExactly(2, 5);
        assertThat(lines.get(1).field(1)).isEqualTo("2026-01-06");
        assertThat(lines.get(1).field(7)).isEmpty();
    }
}
