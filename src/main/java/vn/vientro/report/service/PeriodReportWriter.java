package vn.vientro.report.service;

import org.apache.poi.ss.usermodel.*;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The report for a programme period (e.g. 2013–2017): one row per year and the period average, where an
 * average is taken over the years that have the value (a year without population data is left out of the
 * per-capita average, not counted as zero).
 */
public class PeriodReportWriter {

    private final ReportLabels l;

    public PeriodReportWriter(boolean english) {
        this.l = new ReportLabels(english);
    }

    public void write(int from, int to, List<AnnualReportData.YearRow> rows, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ReportCells c = new ReportCells(wb, l);

            Sheet sheet = wb.createSheet(l.t("sheet.period") + " " + from + "-" + to);
            String[] heads = {"year", "received", "approved", "committed", "disbursed", "population", "disbursedPerCapita",
                    "nationalPerCapita"};
            int[] widths = {10, 14, 14, 20, 20, 14, 22, 22};
            Row head = sheet.createRow(0);
            head.setHeightInPoints(45);
            for (int i = 0; i < heads.length; i++) {
                c.cell(head, i, l.t(heads[i]), c.header);
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            int r = 1;
            for (var y : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(y.year());
                c.number(row, 1, y.received(), c.integer);
                c.number(row, 2, y.approved(), c.integer);
                c.number(row, 3, y.committedUsd(), c.money);
                c.number(row, 4, y.disbursedUsd(), c.money);
                c.number(row, 5, y.population(), c.integer);
                c.number(row, 6, y.perCapita(), c.perCapita);
                c.number(row, 7, y.nationalPerCapita(), c.perCapita);
            }
            int last = r - 1;
            Row average = sheet.createRow(r);
            c.cell(average, 0, l.t("periodAverage"), c.bold);
            c.number(average, 3, mean(rows, AnnualReportData.YearRow::committedUsd), c.money);
            c.number(average, 4, mean(rows, AnnualReportData.YearRow::disbursedUsd), c.money);
            c.number(average, 6, mean(rows, AnnualReportData.YearRow::perCapita), c.perCapita);
            c.number(average, 7, mean(rows, AnnualReportData.YearRow::nationalPerCapita), c.perCapita);

            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, last, 0, heads.length - 1));
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
            PrintSetup setup = sheet.getPrintSetup();
            setup.setLandscape(true);
            setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
            wb.write(out);
        }
    }

    static BigDecimal mean(List<AnnualReportData.YearRow> rows, Function<AnnualReportData.YearRow, BigDecimal> value) {
        List<BigDecimal> present = rows.stream().map(value).filter(Objects::nonNull).toList();
        return present.isEmpty() ? null : present.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(present.size()), 6, RoundingMode.HALF_EVEN);
    }
}
