package vn.vientro.report.service;

import org.apache.poi.ss.usermodel.*;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What the report workbooks share: the labels and cell styles, sheets with a frozen, filtered header printed A4
 * landscape, the sheets by sector, donor and location, reporting compliance, the notes, and the streamed Projects
 * sheet. The annual report and the ministry report write the same figures with the same code, so their shared sheets
 * never disagree.
 */
abstract class ReportWorkbook {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    protected final ReportLabels l;
    protected final boolean english;
    protected final XSSFWorkbook base = new XSSFWorkbook();
    protected final ReportCells c;

    protected ReportWorkbook(boolean english) {
        this.l = new ReportLabels(english);
        this.english = english;
        this.c = new ReportCells(base, l);
    }

    /** Adds the row-heavy Projects sheet, streamed (100 rows in memory), at {@code position}, and writes the workbook. */
    protected void writeWithProjects(List<AnnualFigures.ProjectRow> projects, int position, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(base, 100)) {
            projects(workbook, projects);
            workbook.setSheetOrder(l.t("sheet.projects"), position);
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            workbook.write(out);
        }
    }

    protected int row(Sheet sheet, int r, String label, Object value, CellStyle style, String unit) {
        Row row = sheet.createRow(r);
        c.text(row, 0, l.t(label));
        c.number(row, 1, value, style);
        c.text(row, 2, l.t(unit));
        return r + 1;
    }

    protected void bySector(AnnualFigures f) {
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

    protected void byDonor(AnnualFigures f) {
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

    protected void byLocation(AnnualFigures f) {
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

    private void projects(SXSSFWorkbook workbook, List<AnnualFigures.ProjectRow> projects) {
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

    /**
     * Reporting compliance: each report due in the year (project, aid owner, kind, period, due date, the day its first
     * report was sent, its status), then the totals by kind and status below the table.
     */
    protected void compliance(ReportingCompliance.Compliance m) {
        Sheet sheet = sheet("sheet.compliance", new int[]{8, 56, 40, 22, 14, 14, 14, 14, 20}, "id", "projectTitle", "aidOwner",
                "reportKind", "periodStart", "periodEnd", "dueDate", "submittedOn", "complianceStatus");
        int r = 1;
        for (var o : m.obligations()) {
            Row row = sheet.createRow(r++);
            c.number(row, 0, o.projectId(), c.integer);
            c.text(row, 1, english && o.titleEn() != null ? o.titleEn() : o.titleVi());
            c.text(row, 2, english && o.aidOwnerEn() != null ? o.aidOwnerEn() : o.aidOwnerVi());
            c.text(row, 3, english ? o.kind().labelEn : o.kind().labelVi);
            c.number(row, 4, o.periodStart(), c.date);
            c.number(row, 5, o.periodEnd(), c.date);
            c.number(row, 6, o.dueDate(), c.date);
            if (o.submittedOn() != null) {
                c.number(row, 7, o.submittedOn(), c.date);
            }
            c.text(row, 8, english ? o.status().labelEn : o.status().labelVi);
        }
        int last = r - 1;
        r += 1;
        c.cell(sheet.createRow(r++), 0, String.format(l.t("complianceTotals"), m.year(), m.asOf().format(DAY)), c.bold);
        Row head = sheet.createRow(r++);
        head.setHeightInPoints(32);
        c.cell(head, 3, l.t("reportKind"), c.header);
        c.cell(head, 4, l.t("dueInYear"), c.header);
        for (var status : ReportingCompliance.Status.values()) {
            c.cell(head, 5 + status.ordinal(), english ? status.labelEn : status.labelVi, c.header);
        }
        for (var k : m.byKind()) {
            r = countsRow(sheet, r, english ? k.nameEn() : k.nameVi(), k.counts(), c.text);
        }
        countsRow(sheet, r, l.t("total"), m.totals(), c.bold);
        finish(sheet, 0, 8, last);
    }

    /** The totals block's columns sit under the table's kind, dates and status, where there is room for numbers. */
    private int countsRow(Sheet sheet, int r, String label, ReportingCompliance.Counts n, CellStyle labelStyle) {
        Row row = sheet.createRow(r);
        c.cell(row, 3, label, labelStyle);
        long[] values = {n.due(), n.onTime(), n.late(), n.missing(), n.notYetDue()};
        for (int i = 0; i < values.length; i++) {
            c.number(row, 4 + i, values[i], c.integer);
        }
        return r + 1;
    }

    protected void notes(AnnualFigures f) {
        Sheet sheet = sheet("sheet.notes", new int[]{100, 16, 18}, "definitions", "", "");
        int r = 1;
        for (String key : new String[]{"def.perCapita", "def.conversion", "def.commitment", "def.active", "def.split",
                "def.population", "def.nationalSource", "def.compliance"}) {
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

    protected Sheet sheet(String nameKey, int[] widths, String... heads) {
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
    protected void title(Sheet sheet, String value) {
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
    protected void finish(Sheet sheet, int headerRow, int lastColumn, int lastRow) {
        sheet.createFreezePane(0, headerRow + 1);
        if (lastRow > headerRow) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, lastColumn));
        }
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        print(sheet);
    }

    protected static void print(Sheet sheet) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }
}
