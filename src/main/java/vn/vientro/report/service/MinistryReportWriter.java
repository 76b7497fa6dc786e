package vn.vientro.report.service;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the consolidated workbook of the annual report to the ministry (Art. 13(9)): its own summary, the year's
 * changes and the amounts by currency, and the annual report's sheets by sector, donor and location, reporting
 * compliance, its project list and notes, written by the same code as the annual report's.
 */
public class MinistryReportWriter extends ReportWorkbook {

    public MinistryReportWriter(boolean english) {
        super(english);
    }

    public void write(MinistryFigures m, ReportingCompliance.Compliance compliance, OutputStream out) throws IOException {
        AnnualFigures f = m.annual().figures();
        summary(m);
        changes(m);
        byDonor(f);
        bySector(f);
        byLocation(f);
        byCurrency(m);
        compliance(compliance);
        notes(f);
        writeWithProjects(m.annual().projects(), 6, out);
    }

    private void summary(MinistryFigures m) {
        var h = m.headline();
        Sheet sheet = sheet("sheet.summary", new int[]{58, 20, 14}, "indicator", "value", "unit");
        title(sheet, String.format(l.t("ministryTitle"), m.year()));
        int r = 2;
        r = row(sheet, r, "m.approved", h.approved(), c.integer, "count");
        r = row(sheet, r, "m.amended", h.amended(), c.integer, "count");
        r = row(sheet, r, "m.revoked", h.revoked(), c.integer, "count");
        r = row(sheet, r, "m.closed", h.closed(), c.integer, "count");
        r = row(sheet, r, "active", h.activeProjects(), c.integer, "count");
        r = row(sheet, r, "m.donors", h.donors(), c.integer, "count");
        r = row(sheet, r, "committed", h.committedUsd(), c.money, "usd");
        r = row(sheet, r, "disbursed", h.disbursedUsd(), c.money, "usd");
        finish(sheet, 1, 2, r - 1);
        c.text(sheet.createRow(r + 1), 0, l.t("ministryBasis"));
        c.text(sheet.createRow(r + 2), 0, l.t("def.amendment"));
    }

    private void changes(MinistryFigures m) {
        Sheet sheet = sheet("sheet.changes", new int[]{18, 8, 56, 34, 14, 18, 18, 9, 18}, "changeKind", "id", "projectTitle",
                "donor", "changeDate", "decisionNumber", "amountOriginal", "currency", "amountUsd");
        int r = 1;
        for (var ch : m.changes()) {
            Row row = sheet.createRow(r++);
            c.text(row, 0, l.t("kind." + ch.kind()));
            c.number(row, 1, ch.projectId(), c.integer);
            c.text(row, 2, english && ch.titleEn() != null ? ch.titleEn() : ch.titleVi());
            c.text(row, 3, english ? ch.ngo() : ch.ngoVi());
            c.number(row, 4, ch.date(), c.date);
            c.text(row, 5, ch.decisionNumber());
            if (ch.amount() != null) {
                c.number(row, 6, ch.amount(), c.money);
                c.number(row, 8, ch.usd(), c.money);
            }
            c.text(row, 7, ch.currency());
        }
        finish(sheet, 0, 8, r - 1);
    }

    private void byCurrency(MinistryFigures m) {
        Sheet sheet = sheet("sheet.currency", new int[]{14, 16, 44, 9, 20, 20, 20, 20}, "dimension", "code", "name", "currency",
                "committedOriginalYear", "committedUsdYear", "disbursedOriginalYear", "disbursedYear");
        int r = 1;
        for (var g : m.byCurrency()) {
            Row row = sheet.createRow(r++);
            c.text(row, 0, l.t("dim." + g.dimension()));
            c.text(row, 1, g.code());
            c.text(row, 2, english ? g.nameEn() : g.nameVi());
            c.text(row, 3, g.currency());
            c.number(row, 4, g.committed(), c.money);
            c.number(row, 5, g.committedUsd(), c.money);
            c.number(row, 6, g.disbursed(), c.money);
            c.number(row, 7, g.disbursedUsd(), c.money);
        }
        finish(sheet, 0, 7, r - 1);
    }
}
