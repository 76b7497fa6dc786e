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

    @Inject
    ReportingCompliance compliance;

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** Fails with 422 (and writes nothing) when an exchange rate is missing. */
    @Transactional
    public java.nio.file.Path annual(int year, boolean english) {
        AnnualReportData.Prepared prepared = data.prepare(year);
        ReportingCompliance.Compliance reporting = compliance.of(year);
        return file("annual-" + year, out -> new AnnualReportWriter(english).write(prepared.figures(), prepared.projects(),
                reporting, out));
    }

    /**
     * The same figures as {@link #annual}, as data for the leadership dashboard; fails with the same 422
     * when an exchange rate is missing.
     */
    @Transactional
    public Dashboard dashboard(int year, boolean english) {
        return Dashboard.of(data.prepare(year).figures(), english);
    }

    @Transactional
    public java.nio.file.Path period(int from, int to, boolean english) {
        var rows = data.series(from, to);
        return file("period-" + from + "-" + to, out -> new PeriodReportWriter(english).write(from, to, rows, out));
    }

    private static java.nio.file.Path file(String name, Writing writing) {
        try {
            java.nio.file.Path file = Files.createTempFile("vientro-" + name + "-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                writing.to(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
