package vn.vientro.report.service;

import org.apache.poi.ss.usermodel.*;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The styles every report workbook uses, and the cell writers that apply them. */
final class ReportCells {

    final CellStyle title;
    final CellStyle header;
    final CellStyle bold;
    final CellStyle text;
    final CellStyle quotedText;
    final CellStyle integer;
    final CellStyle money;
    final CellStyle perCapita;
    final CellStyle percent;
    final CellStyle date;
    final CellStyle noData;
    private final ReportLabels l;

    ReportCells(Workbook wb, ReportLabels labels) {
        this.l = labels;
        DataFormat formats = wb.createDataFormat();
        Font boldFont = wb.createFont();
        boldFont.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(big);
        header = wb.createCellStyle();
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        bold = wb.createCellStyle();
        bold.setFont(boldFont);
        text = wb.createCellStyle();
        quotedText = wb.createCellStyle();
        quotedText.setQuotePrefixed(true);
        integer = numeric(wb, formats, "#,##0");
        money = numeric(wb, formats, "#,##0.00");
        perCapita = numeric(wb, formats, "0.00");
        percent = numeric(wb, formats, "0.0%");
        date = numeric(wb, formats, "dd/mm/yyyy");
        noData = wb.createCellStyle();
        noData.setAlignment(HorizontalAlignment.RIGHT);
        Font italic = wb.createFont();
        italic.setItalic(true);
        noData.setFont(italic);
    }

    private static CellStyle numeric(Workbook wb, DataFormat formats, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        return style;
    }

    void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /**
     * Text typed by users is stored as a string cell, never as a formula; one that starts like a formula
     * is also quote-prefixed, so editing it in Excel keeps it text.
     */
    void text(Row row, int column, String value) {
        if (value == null) {
            return;
        }
        boolean formulaLike = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
        cell(row, column, value, formulaLike ? quotedText : text);
    }

    /** A number or a date in its format; an unknown value reads "no data", never 0. */
    void number(Row row, int column, Object value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value == null) {
            cell.setCellValue(l.t("noData"));
            cell.setCellStyle(noData);
            return;
        }
        if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
