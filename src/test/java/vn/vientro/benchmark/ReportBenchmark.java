package vn.vientro.benchmark;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.vientro.report.service.ReportService;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not part of the normal suite: run by docs/report-benchmark.sh under -Xmx256m. Seeds national-scale
 * synthetic data (20,000 approved projects, 200,000 disbursements over ten years, three currencies),
 * builds the annual report, then writes the same number of rows raw with SXSSF, and records both times
 * and the peak heap in target/report-benchmark.properties.
 */
@QuarkusTest
class ReportBenchmark {

    private static final int PROJECTS = Integer.getInteger("bench.projects", 20_000);
    private static final int PER_PROJECT = Integer.getInteger("bench.disbursementsPerProject", 10);
    private static final int YEAR = 2025;

    @Inject
    EntityManager em;

    @Inject
    ReportService reports;

    private void seed() {
        QuarkusTransaction.requiringNew().timeout(600).run(() -> {
            em.createNativeQuery("""
                    insert into vientro.proposal (kind, title_vi, title_en, ngo_id, aid_owner, planned_start, planned_end,
                        committed_amount, currency, counterpart_vnd, beneficiaries, status, owner_username, submitted_at,
                        decision_number, decision_date, decision_signer, created_at, updated_at, version)
                    select 'PROJECT', 'Dự án tổng hợp số ' || g, 'Synthetic project ' || g,
                        (select min(id) from vientro.ngo) + (g % 5), 'Đơn vị thụ hưởng ' || (g % 97),
                        date '2016-01-01' + (g % 3650), date '2016-01-01' + (g % 3650) + 365 * (2 + g % 4),
                        50000 + (g % 400) * 1000, (array['USD','EUR','VND'])[1 + g % 3] , 0, 100 + g % 900, 'APPROVED',
                        'canbo.snv', now(), g || '/QĐ-UBND', date '2016-01-01' + (g % 3650), 'Chủ tịch', now(), now(), 0
                    from generate_series(1, :n) g""").setParameter("n", PROJECTS).executeUpdate();
            // committed amounts in VND are in the hundreds of millions, not thousands
            em.createNativeQuery("update vientro.proposal set committed_amount = committed_amount * 25000 "
                    + "where currency = 'VND' and title_vi like 'Dự án tổng hợp số %'").executeUpdate();
            em.createNativeQuery("""
                    insert into vientro.proposal_sector (proposal_id, sector_id, share)
                    select p.id, s.id, 100 from vientro.proposal p join vientro.sector s
                      on s.code = (array['HEALTH','EDUCATION','POVERTY','WAR_LEGACY','DISASTER'])[1 + p.id % 5]
                    where p.title_vi like 'Dự án tổng hợp số %'""").executeUpdate();
            em.createNativeQuery("""
                    insert into vientro.proposal_location (proposal_id, admin_unit_id)
                    select p.id, (select id from vientro.admin_unit where code = 'TN-GODAU')
                    from vientro.proposal p where p.title_vi like 'Dự án tổng hợp số %'""").executeUpdate();
            em.createNativeQuery("""
                    insert into vientro.disbursement (proposal_id, entry_date, amount, currency, reference, recorded_by, recorded_at)
                    select p.id, least(p.decision_date + k * 36, date '2025-12-31'), round(p.committed_amount / 12, 2),
                        p.currency, 'Đợt ' || k, 'canbo.snv', now()
                    from vientro.proposal p cross join generate_series(1, :k) k
                    where p.title_vi like 'Dự án tổng hợp số %'""").setParameter("k", PER_PROJECT).executeUpdate();
            em.createNativeQuery("""
                    insert into vientro.exchange_rate (currency, rate_date, units_per_usd, source)
                    select c, date '2015-01-01' + m * 30, case c when 'EUR' then 0.85 + (m % 10) * 0.01 else 23000 + m * 20 end,
                        'Tổng hợp'
                    from unnest(array['EUR','VND']) c cross join generate_series(0, 135) m
                    on conflict do nothing""").executeUpdate();
            em.createNativeQuery("""
                    insert into vientro.unit_population (admin_unit_id, pop_year, population, source)
                    select (select id from vientro.admin_unit where code = 'TN'), 2025, 3250000, 'Ước tính'""").executeUpdate();
            em.createNativeQuery("analyze").executeUpdate();
        });
    }

    /** Writes {@code rows} rows of 11 columns (like the Projects sheet) with SXSSF to a temporary file. */
    private static double rawWrite(int rows) throws java.io.IOException {
        resetPeaks();
        long t0 = System.nanoTime();
        Path raw = Files.createTempFile("raw-sxssf-", ".xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(raw)) {
            SXSSFSheet sheet = wb.createSheet("raw");
            for (int r = 0; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue("Dự án tổng hợp số " + r);
                row.createCell(2).setCellValue("Tổ chức " + (r % 5));
                for (int c = 3; c < 11; c++) {
                    row.createCell(c).setCellValue(r * 10.5 + c);
                }
            }
            wb.write(out);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Files.delete(raw);
        return seconds;
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    @Test
    void measure() throws Exception {
        long seedStart = System.nanoTime();
        seed();
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        long disbursements = ((Number) em.createNativeQuery("select count(*) from vientro.disbursement").getSingleResult()).longValue();

        reports.annual(YEAR, false).toFile().delete(); // warm-up
        resetPeaks();
        long t0 = System.nanoTime();
        Path report = reports.annual(YEAR, false);
        double reportSeconds = (System.nanoTime() - t0) / 1e9;
        long reportPeak = peakHeapBytes();
        int rows;
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            rows = wb.getSheet("Dự án").getLastRowNum();
        }
        Files.delete(report);
        assertThat(rows).isGreaterThan(1000);

        double rawSeconds = rawWrite(rows);
        long rawPeak = peakHeapBytes();
        // the other reading of "the same number of rows": one row per record the report covers
        int dataRows = (int) (disbursements + PROJECTS);
        double rawDataSeconds = rawWrite(dataRows);

        String out = String.format(Locale.ROOT, "projects=%d%ndisbursements=%d%nseedSeconds=%.1f%nreportRows=%d%n"
                        + "reportSeconds=%.2f%nrawSeconds=%.2f%nratio=%.2f%nreportPeakHeapMb=%d%nrawPeakHeapMb=%d%nmaxHeapMb=%d%n"
                        + "dataRows=%d%nrawDataSeconds=%.2f%ndataRatio=%.2f%n",
                PROJECTS, disbursements, seedSeconds, rows, reportSeconds, rawSeconds, reportSeconds / rawSeconds,
                reportPeak >> 20, rawPeak >> 20, Runtime.getRuntime().maxMemory() >> 20, dataRows, rawDataSeconds,
                reportSeconds / rawDataSeconds);
        Files.writeString(Path.of("target/report-benchmark.properties"), out);
        System.out.println("REPORT BENCHMARK\n" + out);
    }
}
