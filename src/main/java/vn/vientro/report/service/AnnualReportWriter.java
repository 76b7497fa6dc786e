package vn.vientro.report.service;

import org.apache.poi.ss.usermodel.*;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.*;
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
public class AnnualReportWriter extends ReportWorkbook {

    /** Where the Trend sheet keeps the chart's own (hidden) copy of the two per-capita series. */
    private static final int CHART_COLUMN = 7;

    public AnnualReportWriter(boolean english) {
        super(english);
    }

    public void write(AnnualFigures f, List<AnnualFigures.ProjectRow> projects, ReportingCompliance.Compliance compliance,
                      OutputStream out) throws IOException {
        summary(f);
        bySector(f);
        byDonor(f);
        byLocation(f);
        workflow(f);
        compliance(compliance);
        trend(f);
        notes(f);
        writeWithProjects(projects, 4, out);
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

}
