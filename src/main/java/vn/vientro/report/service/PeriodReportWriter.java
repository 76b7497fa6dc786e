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
            DataFormat formats = wb.createDataFormat();
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle boldText = wb.createCellStyle();
            boldText.setFont(bold);
            CellStyle integer = style(wb, formats, "#,##0");
            CellStyle money = style(wb, formats, "#,##0.00");
            CellStyle perCapita = style(wb, formats, "0.00");
            CellStyle noData = wb.createCellStyle();
            noData.setAlignment(HorizontalAlignment.RIGHT);

            Sheet sheet = wb.createSheet(l.t("sheet.period") + " " + from + "-" + to);
            String[] heads = {"year", "received", "approved", "committed", "disbursed", "population", "disbursedPerCapita",
                    "nationalPerCapita"};
            int[] widths = {10, 14, 14, 20, 20, 14, 22, 22};
            Row head = sheet.createRow(0);
            head.setHeightInPoints(45);
            for (int i = 0; i < heads.length; i++) {
                Cell c = head.createCell(i);
                c.setCellValue(l.t(heads[i]));
                c.setCellStyle(header);
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            int r = 1;
            for (var y : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(y.year());
                put(row, 1, y.received(), integer, noData);
                put(row, 2, y.approved(), integer, noData);
                put(row, 3, y.committedUsd(), money, noData);
                put(row, 4, y.disbursedUsd(), money, noData);
                put(row, 5, y.population(), integer, noData);
                put(row, 6, y.perCapita(), perCapita, noData);
                put(row, 7, y.nationalPerCapita(), perCapita, noData);
            }
            int last = r - 1;
            Row average = sheet.createRow(r);
            Cell label = average.createCell(0);
            label.setCellValue(l.t("periodAverage"));
            label.setCellStyle(boldText);
            put(average, 3, mean(rows, AnnualReportData.YearRow::committedUsd), money, noData);
            put(average, 4, mean(rows, AnnualReportData.YearRow::disbursedUsd), money, noData);
            put(average, 6, mean(rows, AnnualReportData.YearRow::perCapita), perCapita, noData);
            put(average, 7, mean(rows, AnnualReportData.YearRow::nationalPerCapita), perCapita, noData);

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

    private void put(Row row, int column, Object value, CellStyle style, CellStyle noData) {
        Cell cell = row.createCell(column);
        if (value == null) {
            cell.setCellValue(l.t("noData"));
            cell.setCellStyle(noData);
            return;
        }
        cell.setCellValue(value instanceof BigDecimal d ? d.doubleValue() : ((Number) value).doubleValue());
        cell.setCellStyle(style);
    }

    private static CellStyle style(Workbook wb, DataFormat formats, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        return style;
    }
}
