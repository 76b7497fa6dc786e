package vn.vientro.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;


/** Builds report workbooks into a temporary file (the HTTP layer streams it and deletes it). */
@ApplicationScoped
public class ReportService {

    @Inject
    AnnualReportData data;

    /** Fails with 422 (and writes nothing) when an exchange rate is missing. */
    @Transactional
    public java.nio.file.Path annual(int year, boolean english) {
        AnnualReportData.Prepared prepared = data.prepare(year, english);
        try {
            java.nio.file.Path file = Files.createTempFile("vientro-report-" + year + "-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                new AnnualReportWriter(english).write(prepared.figures(), prepared.projects(), out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
