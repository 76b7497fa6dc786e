package vn.vientro.report.service;

import org.apache.poi.ss.usermodel.*;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.*;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.*;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes the annual report workbook. Small sheets are built in memory; the row-heavy Projects sheet is
 * streamed (SXSSF, 100 rows in memory). Numbers are stored as numbers with formats, headers frozen and
 * filtered, pages A4 landscape with the header repeated; unknown per-capita values read "no data".
 */
public class AnnualReportWriter {

    /** Where the Trend sheet keeps the chart's own (hidden) copy of the two per-capita series. */
    private static final int CHART_COLUMN = 7;

    private final ReportLabels l;
    private final boolean english;
    private final XSSFWorkbook base = new XSSFWorkbook();
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle quotedText;
    private final CellStyle integer;
    private final CellStyle money;
    private final CellStyle perCapita;
    private final CellStyle percent;
    private final CellStyle date;
    private final CellStyle noData;

    public AnnualReportWriter(boolean english) {
        this.l = new ReportLabels(english);
        this.english = english;
        DataFormat formats = base.createDataFormat();
        Font bold = base.createFont();
        bold.setBold(true);
        Font big = base.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = base.createCellStyle();
        title.setFont(big);
        header = base.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = base.createCellStyle();
        quotedText = base.createCellStyle();
        quotedText.setQuotePrefixed(true);
        integer = numeric(formats, "#,##0");
        money = numeric(formats, "#,##0.00");
        perCapita = numeric(formats, "0.00");
        percent = numeric(formats, "0.0%");
        date = numeric(formats, "dd/mm/yyyy");
        noData = base.createCellStyle();
        noData.setAlignment(HorizontalAlignment.RIGHT);
        Font grey = base.createFont();
        grey.setItalic(true);
        noData.setFont(grey);
    }

    private CellStyle numeric(DataFormat formats, String format) {
        CellStyle style = base.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        return style;
    }

    public void write(AnnualFigures f, List<AnnualFigures.ProjectRow> projects, OutputStream out) throws IOException {
        summary(f);
        bySector(f);
        byDonor(f);
        byLocation(f);
        workflow(f);
        trend(f);
        notes(f);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(base, 100)) {
            projects(workbook, f.year(), projects);
            workbook.setSheetOrder(l.t("sheet.projects"), 4);
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            workbook.write(out);
        }
    }

    private void summary(AnnualFigures f) {
        var s = f.summary();
        Sheet sheet = sheet("sheet.summary", new int[]{58, 20, 14}, "indicator", "value", "unit");
        title(sheet, String.format(l.t("title"), f.year()));
        int r = 2;
        r = row(sheet, r, "received", s.received(), integer, "count");
        r = row(sheet, r, "approved", s.approved(), integer, "count");
        r = row(sheet, r, "rejected", s.rejected(), integer, "count");
        r = row(sheet, r, "withdrawn", s.withdrawn(), integer, "count");
        r = row(sheet, r, "active", s.activeProjects(), integer, "count");
        r = row(sheet, r, "committed", s.committedUsd(), money, "usd");
        r = row(sheet, r, "disbursed", s.disbursedUsd(), money, "usd");
        r = row(sheet, r, "population", s.population(), integer, "people");
        r = row(sheet, r, "disbursedPerCapita", s.disbursedPerCapita(), perCapita, "usdPerPerson");
        r = row(sheet, r, "committedPerCapita", s.committedPerCapita(), perCapita, "usdPerPerson");
        r = row(sheet, r, "nationalPerCapita", s.nationalPerCapita(), perCapita, "usdPerPerson");
        r = row(sheet, r, "ratio", s.ratioToNational(), percent, "percent");
        r = row(sheet, r, "previous", s.previousDisbursedUsd(), money, "usd");
        row(sheet, r, "change", s.changeFromPrevious(), percent, "percent");
        finish(sheet, 1, 2, r);
    }

    private int row(Sheet sheet, int r, String label, Object value, CellStyle style, String unit) {
        Row row = sheet.createRow(r);
        text(row, 0, l.t(label));
        number(row, 1, value, style);
        text(row, 2, l.t(unit));
        return r + 1;
    }

    private void bySector(AnnualFigures f) {
        Sheet sheet = sheet("sheet.sector", new int[]{16, 10, 48, 10, 18, 18}, "code", "crs", "sector", "projects",
                "committed", "disbursedYear");
        int r = 1;
        for (var g : f.bySector()) {
            Row row = sheet.createRow(r++);
            text(row, 0, g.code());
            text(row, 1, g.detail());
            text(row, 2, g.name());
            number(row, 3, g.projects(), integer);
            number(row, 4, g.committedUsd(), money);
            number(row, 5, g.disbursedUsd(), money);
        }
        finish(sheet, 0, 5, r - 1);
    }

    private void byDonor(AnnualFigures f) {
        Sheet sheet = sheet("sheet.donor", new int[]{44, 10, 10, 18, 18}, "donor", "country", "projects", "committed",
                "disbursedYear");
        int r = 1;
        for (var g : f.byDonor()) {
            Row row = sheet.createRow(r++);
            text(row, 0, g.name());
            text(row, 1, g.detail());
            number(row, 2, g.projects(), integer);
            number(row, 3, g.committedUsd(), money);
            number(row, 4, g.disbursedUsd(), money);
        }
        finish(sheet, 0, 4, r - 1);
    }

    private void byLocation(AnnualFigures f) {
        Sheet sheet = sheet("sheet.location", new int[]{16, 36, 14, 18, 14}, "code", "unitName", "population",
                "disbursedYear", "perCapita");
        int r = 1;
        for (var g : f.byLocation()) {
            Row row = sheet.createRow(r++);
            text(row, 0, g.code());
            text(row, 1, g.name());
            number(row, 2, g.population(), integer);
            number(row, 3, g.disbursedUsd(), money);
            number(row, 4, g.perCapita(), perCapita);
        }
        finish(sheet, 0, 4, r - 1);
    }

    private void projects(SXSSFWorkbook workbook, int year, List<AnnualFigures.ProjectRow> projects) {
        SXSSFSheet sheet = workbook.createSheet(l.t("sheet.projects"));
        String[] heads = {"id", "projectTitle", "donor", "decisionDate", "plannedEnd", "committedOriginal", "currency",
                "committedUsd", "disbursedYear", "disbursedToDate", "remaining"};
        int[] widths = {8, 56, 34, 14, 14, 18, 9, 18, 18, 18, 18};
        headerRow(sheet, heads, widths);
        int r = 1;
        for (var p : projects) {
            Row row = sheet.createRow(r++);
            number(row, 0, p.id(), integer);
            text(row, 1, p.title());
            text(row, 2, p.ngo());
            number(row, 3, p.decisionDate(), date);
            number(row, 4, p.plannedEnd(), date);
            number(row, 5, p.committed(), money);
            text(row, 6, p.currency());
            number(row, 7, p.committedUsd(), money);
            number(row, 8, p.disbursedInYearUsd(), money);
            number(row, 9, p.disbursedToDateUsd(), money);
            number(row, 10, p.remainingUsd(), money);
        }
        finish(sheet, 0, heads.length - 1, r - 1);
    }

    private void workflow(AnnualFigures f) {
        Sheet sheet = sheet("sheet.workflow", new int[]{40, 16, 16, 16, 16, 12}, "step", "completedTasks", "median", "p90",
                "overdue", "code");
        int r = 1;
        for (var s : f.workflow().steps()) {
            Row row = sheet.createRow(r++);
            text(row, 0, english ? s.nameEn() : s.nameVi());
            number(row, 1, s.completed(), integer);
            number(row, 2, s.medianDays(), perCapita);
            number(row, 3, s.p90Days(), perCapita);
            number(row, 4, s.overdue(), integer);
            text(row, 5, s.key());
        }
        int last = r - 1;
        r += 1;
        Row head = sheet.createRow(r++);
        cell(head, 0, l.t("outcome"), header);
        cell(head, 1, l.t("count"), header);
        for (Map.Entry<String, Long> outcome : f.workflow().outcomes().entrySet()) {
            Row row = sheet.createRow(r++);
            text(row, 0, l.t(outcome.getKey()));
            number(row, 1, outcome.getValue(), integer);
        }
        finish(sheet, 0, 5, last);
    }

    private void trend(AnnualFigures f) {
        XSSFSheet sheet = (XSSFSheet) sheet("sheet.trend", new int[]{10, 20, 14, 22, 22}, "year", "disbursed", "population",
                "province", "national");
        int r = 1;
        for (var t : f.trend()) {
            Row row = sheet.createRow(r++);
            number(row, 0, t.year(), null);
            number(row, 1, t.disbursedUsd(), money);
            number(row, 2, t.population(), integer);
            number(row, 3, t.perCapita(), perCapita);
            number(row, 4, t.nationalPerCapita(), perCapita);
            // hidden copies for the chart: a year without data stays blank (a gap), not a zero
            if (t.perCapita() != null) {
                row.createCell(CHART_COLUMN).setCellValue(t.perCapita().doubleValue());
            }
            if (t.nationalPerCapita() != null) {
                row.createCell(CHART_COLUMN + 1).setCellValue(t.nationalPerCapita().doubleValue());
            }
        }
        int last = r - 1;
        finish(sheet, 0, 4, last);
        sheet.setColumnHidden(CHART_COLUMN, true);
        sheet.setColumnHidden(CHART_COLUMN + 1, true);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, last + 2, 9, last + 24));
        chart.setTitleText(l.t("trendTitle"));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        chart.setPlotOnlyVisibleCells(false);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        XDDFCategoryAxis years = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        var yearCells = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, last, 0, 0));
        var data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, years, values);
        byte[][] colours = {{(byte) 0xC0, (byte) 0x39, (byte) 0x2B}, {(byte) 0x2E, (byte) 0x86, (byte) 0xC1}};
        for (int column : new int[]{3, 4}) {
            int source = CHART_COLUMN + column - 3;
            var series = (XDDFLineChartData.Series) data.addSeries(yearCells,
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, last, source, source)));
            series.setTitle(sheet.getRow(0).getCell(column).getStringCellValue(), null);
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.CIRCLE);
            // an explicit line, or LibreOffice draws the markers only
            var line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(colours[column - 3])));
            line.setWidth(2.0);
            series.setLineProperties(line);
        }
        chart.plot(data);
    }

    private void notes(AnnualFigures f) {
        Sheet sheet = sheet("sheet.notes", new int[]{100, 16, 18}, "definitions", "", "");
        int r = 1;
        for (String key : new String[]{"def.perCapita", "def.conversion", "def.commitment", "def.active", "def.split",
                "def.population", "def.nationalSource"}) {
            text(sheet.createRow(r++), 0, l.t(key));
        }
        r++;
        cell(sheet.createRow(r++), 0, l.t("sources"), header);
        for (String source : f.populationSources()) {
            text(sheet.createRow(r++), 0, source);
        }
        r++;
        Row rateHead = sheet.createRow(r++);
        cell(rateHead, 0, l.t("ratesUsed") + " — " + l.t("currency"), header);
        cell(rateHead, 1, l.t("rateDate"), header);
        cell(rateHead, 2, l.t("unitsPerUsd"), header);
        for (var rate : f.ratesUsed()) {
            Row row = sheet.createRow(r++);
            text(row, 0, rate.currency());
            number(row, 1, rate.date(), date);
            number(row, 2, rate.unitsPerUsd(), money);
        }
        sheet.createFreezePane(0, 1);
        print(sheet);
    }

    // ---- cells and sheets

    private Sheet sheet(String nameKey, int[] widths, String... heads) {
        Sheet sheet = base.createSheet(l.t(nameKey));
        String[] labels = new String[heads.length];
        for (int i = 0; i < heads.length; i++) {
            labels[i] = heads[i].isEmpty() ? "" : heads[i];
        }
        headerRow(sheet, labels, widths);
        return sheet;
    }

    private void headerRow(Sheet sheet, String[] keys, int[] widths) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(32);
        for (int i = 0; i < keys.length; i++) {
            cell(row, i, keys[i].isEmpty() ? "" : l.t(keys[i]), header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    /** Summary keeps its title above the table; its header row moves below it. */
    private void title(Sheet sheet, String value) {
        Row header = sheet.getRow(0);
        Row moved = sheet.createRow(1);
        moved.setHeightInPoints(header.getHeightInPoints());
        for (Cell c : header) {
            cell(moved, c.getColumnIndex(), c.getStringCellValue(), this.header);
        }
        sheet.removeRow(header);
        Row top = sheet.createRow(0);
        cell(top, 0, value, title);
    }

    /** Freeze and filter the header, repeat it on every printed page, A4 landscape fitted to the width. */
    private void finish(Sheet sheet, int headerRow, int lastColumn, int lastRow) {
        sheet.createFreezePane(0, headerRow + 1);
        if (lastRow > headerRow) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, lastColumn));
        }
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        print(sheet);
    }

    private static void print(Sheet sheet) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /**
     * Text typed by users is stored as a string cell, never as a formula; one that starts like a formula
     * is also quote-prefixed, so editing it in Excel keeps it text.
     */
    private void text(Row row, int column, String value) {
        if (value == null) {
            return;
        }
        boolean formulaLike = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
        cell(row, column, value, formulaLike ? quotedText : text);
    }

    private void number(Row row, int column, Object value, CellStyle style) {
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
