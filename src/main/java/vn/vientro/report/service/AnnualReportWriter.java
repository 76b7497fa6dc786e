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
    private final ReportCells c;

    public AnnualReportWriter(boolean english) {
        this.l = new ReportLabels(english);
        this.english = english;
        this.c = new ReportCells(base, l);
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
        r = row(sheet, r, "received", s.received(), c.integer, "count");
        r = row(sheet, r, "approved", s.approved(), c.integer, "count");
        r = row(sheet, r, "rejected", s.rejected(), c.integer, "count");
        r = row(sheet, r, "withdrawn", s.withdrawn(), c.integer, "count");
        r = row(sheet, r, "active", s.activeProjects(), c.integer, "count");
        r = row(sheet, r, "committed", s.committedUsd(), c.money, "usd");
        r = row(sheet, r, "disbursed", s.disbursedUsd(), c.money, "usd");
        r = row(sheet, r, "population", s.population(), c.integer, "people");
        r = row(sheet, r, "disbursedPerCapita", s.disbursedPerCapita(), c.perCapita, "usdPerPerson");
        r = row(sheet, r, "committedPerCapita", s.committedPerCapita(), c.perCapita, "usdPerPerson");
        r = row(sheet, r, "nationalPerCapita", s.nationalPerCapita(), c.perCapita, "usdPerPerson");
        r = row(sheet, r, "ratio", s.ratioToNational(), c.percent, "percent");
        r = row(sheet, r, "previous", s.previousDisbursedUsd(), c.money, "usd");
        row(sheet, r, "change", s.changeFromPrevious(), c.percent, "percent");
        finish(sheet, 1, 2, r);
    }

    private int row(Sheet sheet, int r, String label, Object value, CellStyle style, String unit) {
        Row row = sheet.createRow(r);
        c.text(row, 0, l.t(label));
        c.number(row, 1, value, style);
        c.text(row, 2, l.t(unit));
        return r + 1;
    }

    private void bySector(AnnualFigures f) {
        Sheet sheet = sheet("sheet.sector", new int[]{16, 10, 48, 10, 18, 18}, "code", "crs", "sector", "projects",
                "committed", "disbursedYear");
        int r = 1;
        for (var g : f.bySector()) {
            Row row = sheet.createRow(r++);
            c.text(row, 0, g.code());
            c.text(row, 1, g.detail());
            c.text(row, 2, english ? g.nameEn() : g.nameVi());
            c.number(row, 3, g.projects(), c.integer);
            c.number(row, 4, g.committedUsd(), c.money);
            c.number(row, 5, g.disbursedUsd(), c.money);
        }
        finish(sheet, 0, 5, r - 1);
    }

    private void byDonor(AnnualFigures f) {
        Sheet sheet = sheet("sheet.donor", new int[]{44, 10, 10, 18, 18}, "donor", "country", "projects", "committed",
                "disbursedYear");
        int r = 1;
        for (var g : f.byDonor()) {
            Row row = sheet.createRow(r++);
            c.text(row, 0, english ? g.nameEn() : g.nameVi());
            c.text(row, 1, g.detail());
            c.number(row, 2, g.projects(), c.integer);
            c.number(row, 3, g.committedUsd(), c.money);
            c.number(row, 4, g.disbursedUsd(), c.money);
        }
        finish(sheet, 0, 4, r - 1);
    }

    private void byLocation(AnnualFigures f) {
        Sheet sheet = sheet("sheet.location", new int[]{16, 36, 14, 18, 14}, "code", "unitName", "population",
                "disbursedYear", "perCapita");
        int r = 1;
        for (var g : f.byLocation()) {
            Row row = sheet.createRow(r++);
            c.text(row, 0, g.code());
            c.text(row, 1, g.name());
            c.number(row, 2, g.population(), c.integer);
            c.number(row, 3, g.disbursedUsd(), c.money);
            c.number(row, 4, g.perCapita(), c.perCapita);
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
            c.number(row, 0, p.id(), c.integer);
            c.text(row, 1, english && p.titleEn() != null ? p.titleEn() : p.titleVi());
            c.text(row, 2, english ? p.ngo() : p.ngoVi());
            c.number(row, 3, p.decisionDate(), c.date);
            c.number(row, 4, p.plannedEnd(), c.date);
            c.number(row, 5, p.committed(), c.money);
            c.text(row, 6, p.currency());
            c.number(row, 7, p.committedUsd(), c.money);
            c.number(row, 8, p.disbursedInYearUsd(), c.money);
            c.number(row, 9, p.disbursedToDateUsd(), c.money);
            c.number(row, 10, p.remainingUsd(), c.money);
        }
        finish(sheet, 0, heads.length - 1, r - 1);
    }

    private void workflow(AnnualFigures f) {
        Sheet sheet = sheet("sheet.workflow", new int[]{40, 16, 16, 16, 16, 12}, "step", "completedTasks", "median", "p90",
                "overdue", "code");
        int r = 1;
        for (var s : f.workflow().steps()) {
            Row row = sheet.createRow(r++);
            c.text(row, 0, english ? s.nameEn() : s.nameVi());
            c.number(row, 1, s.completed(), c.integer);
            c.number(row, 2, s.medianDays(), c.perCapita);
            c.number(row, 3, s.p90Days(), c.perCapita);
            c.number(row, 4, s.overdue(), c.integer);
            c.text(row, 5, s.key());
        }
        int last = r - 1;
        r += 1;
        Row head = sheet.createRow(r++);
        c.cell(head, 0, l.t("outcome"), c.header);
        c.cell(head, 1, l.t("count"), c.header);
        for (Map.Entry<String, Long> outcome : f.workflow().outcomes().entrySet()) {
            Row row = sheet.createRow(r++);
            c.text(row, 0, l.t(outcome.getKey()));
            c.number(row, 1, outcome.getValue(), c.integer);
        }
        finish(sheet, 0, 5, last);
    }

    private void trend(AnnualFigures f) {
        XSSFSheet sheet = (XSSFSheet) sheet("sheet.trend", new int[]{10, 20, 14, 22, 22}, "year", "disbursed", "population",
                "province", "national");
        int r = 1;
        for (var t : f.trend()) {
            Row row = sheet.createRow(r++);
            c.number(row, 0, t.year(), null);
            c.number(row, 1, t.disbursedUsd(), c.money);
            c.number(row, 2, t.population(), c.integer);
            c.number(row, 3, t.perCapita(), c.perCapita);
            c.number(row, 4, t.nationalPerCapita(), c.perCapita);
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
            c.text(sheet.createRow(r++), 0, l.t(key));
        }
        r++;
        c.cell(sheet.createRow(r++), 0, l.t("sources"), c.header);
        for (String source : f.populationSources()) {
            c.text(sheet.createRow(r++), 0, source);
        }
        r++;
        Row rateHead = sheet.createRow(r++);
        c.cell(rateHead, 0, l.t("ratesUsed") + " — " + l.t("currency"), c.header);
        c.cell(rateHead, 1, l.t("rateDate"), c.header);
        c.cell(rateHead, 2, l.t("unitsPerUsd"), c.header);
        for (var rate : f.ratesUsed()) {
            Row row = sheet.createRow(r++);
            c.text(row, 0, rate.currency());
            c.number(row, 1, rate.date(), c.date);
            c.number(row, 2, rate.unitsPerUsd(), c.money);
        }
        sheet.createFreezePane(0, 1);
        print(sheet);
    }

    // ---- cells and sheets

    private Sheet sheet(String nameKey, int[] widths, String... heads) {
        Sheet sheet = base.createSheet(l.t(nameKey));
        headerRow(sheet, heads, widths);
        return sheet;
    }

    private void headerRow(Sheet sheet, String[] keys, int[] widths) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(32);
        for (int i = 0; i < keys.length; i++) {
            c.cell(row, i, keys[i].isEmpty() ? "" : l.t(keys[i]), c.header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    /** Summary keeps its title above the table; its header row moves below it. */
    private void title(Sheet sheet, String value) {
        Row header = sheet.getRow(0);
        Row moved = sheet.createRow(1);
        moved.setHeightInPoints(header.getHeightInPoints());
        for (Cell heading : header) {
            c.cell(moved, heading.getColumnIndex(), heading.getStringCellValue(), c.header);
        }
        sheet.removeRow(header);
        Row top = sheet.createRow(0);
        c.cell(top, 0, value, c.title);
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
}
