package vn.vientro.document.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Numbers, amounts and dates as a Vietnamese official document writes them; every expected text written by hand. */
class VietnameseNumberWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0             | không",
            "1             | một",
            "5             | năm",
            "10            | mười",
            "11            | mười một",
            "15            | mười lăm",
            "20            | hai mươi",
            "21            | hai mươi mốt",
            "24            | hai mươi bốn",
            "25            | hai mươi lăm",
            "55            | năm mươi lăm",
            "100           | một trăm",
            "101           | một trăm linh một",
            "105           | một trăm linh năm",
            "110           | một trăm mười",
            "115           | một trăm mười lăm",
            "121           | một trăm hai mươi mốt",
            "1000          | một nghìn",
            "1005          | một nghìn không trăm linh năm",
            "1010          | một nghìn không trăm mười",
            "1100          | một nghìn một trăm",
            "15000         | mười lăm nghìn",
            "21000         | hai mươi mốt nghìn",
            "125000        | một trăm hai mươi lăm nghìn",
            "1000000       | một triệu",
            "1001001       | một triệu không trăm linh một nghìn không trăm linh một",
            "500000000     | năm trăm triệu",
            "1000050000    | một tỷ không trăm năm mươi nghìn",
            "1250000000    | một tỷ hai trăm năm mươi triệu",
            "1000000000000 | một nghìn tỷ",
            "2005000000000 | hai nghìn không trăm linh năm tỷ",
    })
    void wholeNumbersInWords(long number, String words) {
        assertThat(VietnameseNumberWords.words(number)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1250000000 | VND | Một tỷ hai trăm năm mươi triệu đồng",
            "125000.50  | USD | Một trăm hai mươi lăm nghìn phẩy năm đô la Mỹ",
            "10.05      | EUR | Mười phẩy không năm euro",
            "3.75       | XYZ | Ba phẩy bảy mươi lăm XYZ",
            "2000.00    | JPY | Hai nghìn yên Nhật",
    })
    void amountsInWordsWithTheirCurrency(BigDecimal amount, String currency, String words) {
        assertThat(VietnameseNumberWords.amountInWords(amount, currency)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1250000000 | VND | 1.250.000.000 đồng",
            "125000.50  | USD | 125.000,5 USD",
            "125000.00  | USD | 125.000 USD",
            "10.05      | EUR | 10,05 EUR",
    })
    void amountsInFiguresWithVietnameseSeparators(BigDecimal amount, String currency, String figures) {
        assertThat(VietnameseNumberWords.amountInFigures(amount, currency)).isEqualTo(figures);
    }

    @Test
    void aNegativeAmountHasNoReading() {
        assertThatThrownBy(() -> VietnameseNumberWords.words(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietnameseNumberWords.amountInWords(new BigDecimal("-0.5"), "USD"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-12-07 | ngày 07 tháng 12 năm 2026",
            "2026-02-07 | ngày 07 tháng 02 năm 2026",
            "2027-01-31 | ngày 31 tháng 01 năm 2027",
            "2026-03-15 | ngày 15 tháng 3 năm 2026",
            "2026-10-10 | ngày 10 tháng 10 năm 2026",
    })
    void datesAsDecree30WritesThem(LocalDate date, String written) {
        assertThat(DecreeDates.written(date)).isEqualTo(written);
    }
}
