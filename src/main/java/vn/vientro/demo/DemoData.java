package vn.vientro.demo;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.vientro.common.ProvinceZone;
import vn.vientro.indicator.domain.ExchangeRate;
import vn.vientro.indicator.domain.NationalFigure;
import vn.vientro.indicator.domain.UnitPopulation;
import vn.vientro.project.service.DisbursementService;
import vn.vientro.project.workflow.StartWatchdog;
import vn.vientro.proposal.domain.AidKind;
import vn.vientro.proposal.domain.Proposal;
import vn.vientro.proposal.service.ProposalInput;
import vn.vientro.proposal.service.ProposalQueries;
import vn.vientro.proposal.service.ProposalService;
import vn.vientro.reference.domain.AdminUnit;
import vn.vientro.reference.domain.Ngo;
import vn.vientro.reference.domain.OrgUnit;
import vn.vientro.reference.domain.Sector;
import vn.vientro.report.service.MinistryReports;
import vn.vientro.reporting.domain.ObligationStatus;
import vn.vientro.reporting.domain.ReportKind;
import vn.vientro.reporting.domain.ReportObligation;
import vn.vientro.reporting.domain.ResultIndicator;
import vn.vientro.reporting.service.AidReports;
import vn.vientro.reporting.service.Indicators;
import vn.vientro.reporting.service.ReportAttachments;
import vn.vientro.reporting.service.ReportInput;
import vn.vientro.reporting.service.ReportObligations;
import vn.vientro.security.Actor;
import vn.vientro.security.Roles;
import vn.vientro.security.domain.AppUser;
import vn.vientro.task.service.CompletionInput;
import vn.vientro.task.service.InboxService;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo data for a first start in dev (and the fixtures the tests build on): one user per role, agencies
 * and their roles, NGOs, sectors, Tây Ninh's administrative units (public holidays are computed, not entered), and
 * proposals at different stages, driven through the real services and process. Runs only when enabled
 * and the user table is empty.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    /** The password of every demo user (listed in the README). */
    public static final String PASSWORD = "demo123";
    /** The provincial hospital's account: an aid owner with a report accepted, one overdue and more to come. */
    public static final String AID_OWNER_USER = "chuvt.bvdk";
    static final String HOSPITAL = "Bệnh viện Đa khoa tỉnh Tây Ninh";

    @ConfigProperty(name = "vientro.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    java.time.Clock clock;

    @Inject
    @ProvinceZone
    ZoneId zone;

    @Inject
    ProposalService proposals;

    @Inject
    ProposalQueries queries;

    @Inject
    InboxService inbox;

    @Inject
    TaskService tasks;

    @Inject
    DisbursementService disbursements;

    @Inject
    DemoHandling handling;

    @Inject
    ReportObligations obligations;

    @Inject
    Indicators indicators;

    @Inject
    AidReports reports;

    @Inject
    ReportAttachments attachments;

    @Inject
    MinistryReports ministryReports;

    @Inject
    StartWatchdog startWatchdog;

    @Inject
    ManagementService management;

    @Inject
    RuntimeService runtime;

    void load(@Observes @Priority(100) StartupEvent event) {
        if (!enabled || QuarkusTransaction.requiringNew().call(() -> AppUser.count()) > 0) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        QuarkusTransaction.requiringNew().run(() -> referenceData(today));
        QuarkusTransaction.requiringNew().run(() -> indicatorData(today));
        QuarkusTransaction.requiringNew().run(() -> aidHistory(today));
        proposalsAtEveryStage(today);
        QuarkusTransaction.requiringNew().run(() -> reportingStages(today));
        startWatchStages(today);
        QuarkusTransaction.requiringNew().run(() -> reportsUnderWay(today));
        // last year's report to the ministry is waiting in the officers' inbox (past 15 January, so overdue); this
        // year's is started by the yearly timer on 1 January
        ministryReports.start(today.getYear() - 1);
        LOG.info("Demo data loaded: users " + List.of("canbo.snv", "thamdinh.stc", "ykien.ca", "ykien.syt",
                "pheduyet.ubnd", "lanhdao", "admin", AID_OWNER_USER) + " (password " + PASSWORD + ")");
    }

    private void referenceData(LocalDate today) {
        LocalDate longAgo = LocalDate.of(2000, 1, 1);
        // 2025 reorganisation: the DPI merged into the Department of Finance, which now appraises.
        OrgUnit snv = unit("SNV", "Sở Ngoại vụ", "Department of Foreign Affairs", "officer,consultee", longAgo, null);
        unit("SKHDT", "Sở Kế hoạch và Đầu tư", "Department of Planning and Investment", "appraiser,consultee",
                longAgo, LocalDate.of(2025, 2, 28));
        OrgUnit stc = unit("STC", "Sở Tài chính", "Department of Finance", "appraiser,consultee", longAgo, null);
        OrgUnit ca = unit("CA", "Công an tỉnh", "Provincial Police", "consultee", longAgo, null);
        OrgUnit syt = unit("SYT", "Sở Y tế", "Department of Health", "consultee", longAgo, null);
        unit("SGDDT", "Sở Giáo dục và Đào tạo", "Department of Education and Training", "consultee", longAgo, null);
        unit("SNNMT", "Sở Nông nghiệp và Môi trường", "Department of Agriculture and Environment", "consultee",
                LocalDate.of(2025, 3, 1), null);
        OrgUnit ubnd = unit("UBND", "Ủy ban nhân dân tỉnh", "Provincial People's Committee", "approver", longAgo, null);
        unit("LHHN", "Liên hiệp các tổ chức hữu nghị tỉnh", "Union of Friendship Organizations", "officer", longAgo, null);

        user("canbo.snv", "Nguyễn Thị Lan", Roles.OFFICER, snv);
        user("canbo2.snv", "Trần Văn Hùng", Roles.OFFICER, snv);
        user("thamdinh.stc", "Lê Minh Đức", Roles.APPRAISER, stc);
        user("ykien.ca", "Phạm Quốc Bảo", Roles.CONSULTEE, ca);
        user("ykien.syt", "Võ Thị Hồng Nhung", Roles.CONSULTEE, syt);
        user("ykien.stc", "Đặng Thu Hà", Roles.CONSULTEE, stc);
        user("pheduyet.ubnd", "Huỳnh Văn Thắng", Roles.APPROVER, ubnd);
        user("lanhdao", "Trương Thị Mỹ Hạnh", Roles.LEADERSHIP, ubnd);
        user("admin", "Quản trị hệ thống", Roles.ADMIN, null);

        sector("HEALTH", "12220", "Y tế", "Health");
        sector("EDUCATION", "11220", "Giáo dục và đào tạo", "Education and training");
        sector("ENVIRONMENT", "41010", "Môi trường và biến đổi khí hậu", "Environment and climate change");
        sector("POVERTY", "43040", "Xóa đói giảm nghèo", "Poverty reduction");
        sector("WAR_LEGACY", "15250", "Khắc phục hậu quả chiến tranh (bom mìn, chất độc da cam)",
                "War consequences (unexploded ordnance, Agent Orange)");
        sector("DISABILITY", "16010", "Hỗ trợ người khuyết tật", "People with disabilities");
        sector("GENDER", "15180", "Bình đẳng giới, phòng chống bạo lực gia đình", "Gender equality and domestic violence");
        sector("DISASTER", "74020", "Phòng chống và giảm nhẹ thiên tai", "Disaster risk reduction");
        sector("HIV", "13040", "Phòng chống HIV/AIDS", "HIV/AIDS");
        sector("CAPACITY", "15110", "Nâng cao năng lực thể chế", "Institutional capacity");

        // Tây Ninh before 1 July 2025 (province and districts, 2019 census), and the merged province after it.
        LocalDate lastDayOfDistricts = LocalDate.of(2025, 6, 30);
        AdminUnit oldProvince = adminUnit("72", "Tỉnh Tây Ninh (trước 01/7/2025)", AdminUnit.Level.PROVINCE, null,
                longAgo, lastDayOfDistricts);
        String[][] districts = {{"703", "Thành phố Tây Ninh"}, {"705", "Huyện Tân Biên"}, {"706", "Huyện Tân Châu"},
                {"707", "Huyện Dương Minh Châu"}, {"708", "Huyện Châu Thành"}, {"709", "Thị xã Hòa Thành"},
                {"710", "Huyện Gò Dầu"}, {"711", "Huyện Bến Cầu"}, {"712", "Thị xã Trảng Bàng"}};
        for (String[] d : districts) {
            adminUnit(d[0], d[1], AdminUnit.Level.DISTRICT, oldProvince, longAgo, lastDayOfDistricts);
        }
        AdminUnit province = adminUnit("TN", "Tỉnh Tây Ninh", AdminUnit.Level.PROVINCE, null, LocalDate.of(2025, 7, 1), null);
        String[][] communes = {{"TN-TANNINH", "Phường Tân Ninh"}, {"TN-BENCAU", "Xã Bến Cầu"}, {"TN-GODAU", "Xã Gò Dầu"},
                {"TN-DMCHAU", "Xã Dương Minh Châu"}, {"TN-CHAUTHANH", "Xã Châu Thành"}, {"TN-TANBIEN", "Xã Tân Biên"},
                {"TN-TANAN", "Phường Long An"}};
        for (String[] c : communes) {
            adminUnit(c[0], c[1], AdminUnit.Level.COMMUNE, province, LocalDate.of(2025, 7, 1), null);
        }

        // 2019 census (docs/domain.md): the province and the districts of that time.
        population(oldProvince, 2019, 1_169_165, CENSUS_SOURCE);
        CENSUS_2019.forEach((code, people) -> population(AdminUnit.<AdminUnit>find("code", code).singleResult(), 2019,
                people, CENSUS_SOURCE));

        ngo("Plan International", "Tổ chức Plan International", "GB", Ngo.CertificateKind.PROJECT_OFFICE, "45/BNG-PCPNN",
                today.minusYears(2), today.plusYears(3), "Ms. Sarah Johnson", "vietnam@plan-international.org");
        ngo("Save the Children", "Tổ chức Cứu trợ Trẻ em", "GB", Ngo.CertificateKind.REPRESENTATIVE_OFFICE, "12/BNG-VPĐD",
                today.minusYears(1), today.plusYears(4), "Mr. David Miller", "info.vietnam@savethechildren.org");
        ngo("Deutsche Welthungerhilfe e.V.", "Tổ chức Welthungerhilfe (Đức)", "DE", Ngo.CertificateKind.OPERATION,
                "88/BNG-HĐ", today.minusYears(3), today.plusYears(2), "Herr Jürgen Schäfer", "vietnam@welthungerhilfe.de");
        ngo("Clear Path International", "Tổ chức Con đường Sạch Quốc tế", "US", Ngo.CertificateKind.PROJECT_OFFICE,
                "101/BNG-PCPNN", today.minusYears(2), today.plusYears(3), "Mr. Kevin Brown", "vietnam@cpi.org");
        ngo("Good Neighbors International", "Tổ chức Láng giềng Tốt Quốc tế", "KR", Ngo.CertificateKind.OPERATION,
                "77/BNG-HĐ", today.minusYears(1), today.plusYears(4), "Mr. Kim Min-jun", "vietnam@goodneighbors.org");
        // Its certificate has expired: proposals from it are refused.
        ngo("Fondation Mérieux", "Quỹ Mérieux (Pháp)", "FR", Ngo.CertificateKind.PROJECT_OFFICE, "23/BNG-PCPNN",
                today.minusYears(6), today.minusMonths(2), "M. Étienne Lefèvre", "vietnam@fondation-merieux.org");
    }

    /** The districts of the 2019 census quoted in docs/domain.md; demo projects before July 2025 are located in them. */
    private static final Map<String, Long> CENSUS_2019 = Map.of("711", 62_934L, "708", 130_101L, "707", 104_302L,
            "710", 137_019L, "709", 139_011L);
    private static final String CENSUS_SOURCE = "Tổng điều tra dân số và nhà ở 2019";
    private static final String ESTIMATE = "Ước tính — dữ liệu mẫu / demo estimate";
    /** The day before the merged province and its communes begin (the 2025 reorganisation). */
    private static final LocalDate LAST_DAY_OF_DISTRICTS = LocalDate.of(2025, 6, 30);
    /** How many years before this one the demo history starts: with this year, six complete years. */
    static final int HISTORY_YEARS = 5;

    /**
     * Rates, population and national figures for every year of the demo history, so that the dashboard and
     * the annual report have no "no data" headline in any of them. Only the 2019 census and the national
     * figures of migration V4 are public; every other number is an estimate and its source says so.
     */
    private void indicatorData(LocalDate today) {
        // units per USD on the first working days of January (sample values near the published ones)
        Map<Integer, String[]> rates = Map.of(2021, new String[]{"23100", "0.82"}, 2022, new String[]{"22800", "0.88"},
                2023, new String[]{"23600", "0.94"}, 2024, new String[]{"24300", "0.91"},
                2025, new String[]{"25400", "0.96"}, 2026, new String[]{"26300", "0.86"});
        AdminUnit oldProvince = AdminUnit.<AdminUnit>find("code", "72").singleResult();
        AdminUnit province = AdminUnit.<AdminUnit>find("code", "TN").singleResult();
        // the merged province (Tây Ninh and Long An) and its communes: demo estimates for mid-2025
        Map<String, Long> communes2025 = Map.of("TN-TANNINH", 142_000L, "TN-BENCAU", 46_000L, "TN-GODAU", 61_000L,
                "TN-DMCHAU", 55_000L, "TN-CHAUTHANH", 52_000L, "TN-TANBIEN", 48_000L, "TN-TANAN", 96_000L);
        for (int year = today.getYear() - HISTORY_YEARS; year <= today.getYear(); year++) {
            String[] rate = rates.getOrDefault(year, rates.get(year < 2021 ? 2021 : 2026));
            rate("VND", LocalDate.of(year, 1, 2), rate[0]);
            rate("EUR", LocalDate.of(year, 1, 2), rate[1]);
            double growth = Math.pow(1.008, year - 2019);   // about 0.8% a year
            if (year != 2019) {
                boolean merged = LocalDate.of(year, 12, 31).isAfter(LAST_DAY_OF_DISTRICTS);
                population(merged ? province : oldProvince, year,
                        merged ? Math.round(3_254_000 * Math.pow(1.008, year - 2025)) : Math.round(1_169_165 * growth),
                        ESTIMATE);
                // also after July 2025: projects approved before then still report by their (former) districts
                int y = year;
                CENSUS_2019.forEach((code, people) -> population(AdminUnit.<AdminUnit>find("code", code).singleResult(),
                        y, Math.round(people * growth), ESTIMATE));
            }
            if (year >= 2025) {
                int y = year;
                communes2025.forEach((code, people) -> population(AdminUnit.<AdminUnit>find("code", code).singleResult(),
                        y, Math.round(people * Math.pow(1.008, y - 2025)), ESTIMATE));
            }
            nationalFigure(year);
        }
    }

    /** Fills a year's national population or aid only where migrations V4 and V7 have no public figure. */
    private static void nationalFigure(int year) {
        NationalFigure f = NationalFigure.findById(year);
        if (f == null) {
            f = new NationalFigure();
            f.year = year;
            f.ngoAidUsd = new BigDecimal("225000000");
            f.source = ESTIMATE;
            f.persist();
        }
        if (f.ngoAidUsd == null) {
            f.ngoAidUsd = new BigDecimal("225000000");
            f.source = f.source + "; viện trợ: " + ESTIMATE;
        }
        if (f.population == null) {
            f.population = Math.round(96_200_000 * Math.pow(1.009, year - 2019));
            if (!ESTIMATE.equals(f.source)) {
                f.source = f.source + "; dân số: " + ESTIMATE;
            }
        }
    }

    private record Template(String ngo, String titleVi, String titleEn, Map<String, Integer> sectors,
                            List<String> districts, List<String> communes, String amount, String currency) {
    }

    /** Projects of earlier years, rotated over the years; the NGO with an expired certificate only in earlier years. */
    private static final List<Template> TEMPLATES = List.of(
            new Template("Plan International", "Chăm sóc sức khỏe sinh sản vị thành niên", "Adolescent reproductive health",
                    Map.of("HEALTH", 70, "GENDER", 30), List.of("710"), List.of("TN-GODAU"), "240000", "USD"),
            new Template("Save the Children", "Giáo dục hòa nhập cho trẻ khuyết tật", "Inclusive education for children with disabilities",
                    Map.of("EDUCATION", 60, "DISABILITY", 40), List.of("708"), List.of("TN-CHAUTHANH"), "5200000000", "VND"),
            new Template("Deutsche Welthungerhilfe e.V.", "Sinh kế bền vững thích ứng với biến đổi khí hậu",
                    "Climate-resilient livelihoods", Map.of("ENVIRONMENT", 50, "POVERTY", 50), List.of("707"),
                    List.of("TN-DMCHAU"), "280000", "EUR"),
            new Template("Clear Path International", "Hỗ trợ nạn nhân bom mìn và gia đình", "Support for landmine survivors and their families",
                    Map.of("WAR_LEGACY", 60, "DISABILITY", 40), List.of("711"), List.of("TN-BENCAU"), "300000", "USD"),
            new Template("Good Neighbors International", "Phát triển cộng đồng các xã biên giới", "Community development in border communes",
                    Map.of("POVERTY", 60, "EDUCATION", 40), List.of("711", "709"), List.of("TN-BENCAU", "TN-TANNINH"),
                    "3900000000", "VND"),
            new Template("Fondation Mérieux", "Phòng chống HIV/AIDS và bệnh truyền nhiễm", "HIV/AIDS and infectious disease prevention",
                    Map.of("HIV", 70, "HEALTH", 30), List.of("709"), List.of("TN-TANNINH"), "150000", "EUR"),
            new Template("Plan International", "Phòng chống thiên tai dựa vào cộng đồng", "Community-based disaster risk reduction",
                    Map.of("DISASTER", 80, "CAPACITY", 20), List.of("710"), List.of("TN-GODAU"), "180000", "USD"),
            new Template("Save the Children", "Dinh dưỡng và phát triển trẻ thơ", "Early childhood nutrition and development",
                    Map.of("HEALTH", 50, "EDUCATION", 50), List.of("708", "707"), List.of("TN-CHAUTHANH", "TN-DMCHAU"),
                    "220000", "USD"),
            new Template("Deutsche Welthungerhilfe e.V.", "Nước sạch và vệ sinh môi trường nông thôn", "Rural water and sanitation",
                    Map.of("ENVIRONMENT", 60, "HEALTH", 40), List.of("709"), List.of("TN-TANNINH"), "260000", "EUR"));

    /**
     * Four approved projects a year over the demo history, recorded as an import of earlier projects would
     * (through the same service rules), each disbursed 30% a month after approval and 10% every March and
     * September until its planned end or today, never past 80% so a currency's moves cannot exceed the
     * commitment. Each carries the recorded steps of its handling before the decision ({@link DemoHandling}):
     * four a year, so that this year they outnumber the steps the proposals below take in an instant.
     */
    private void aidHistory(LocalDate today) {
        Actor admin = new Actor("admin", Set.of(Roles.ADMIN), null);
        int[][] decisionDays = {{2, 20}, {5, 12}, {8, 18}, {11, 10}};
        int n = 0;
        for (int year = today.getYear() - HISTORY_YEARS; year <= today.getYear(); year++) {
            for (int place = 0; place < decisionDays.length; place++) {
                int[] day = decisionDays[place];
                Template t = TEMPLATES.get(n % TEMPLATES.size());
                n++;
                LocalDate decided = min(LocalDate.of(year, day[0], day[1]), today);
                LocalDate end = decided.plusYears(2 + n % 2);
                long id = proposals.importApproved(new ProposalInput(AidKind.PROJECT, t.titleVi() + " (" + year + ")",
                        t.titleEn() + " (" + year + ")", ngoId(t.ngo()), "Ủy ban nhân dân tỉnh",
                        t.sectors().entrySet().stream().map(e -> new ProposalInput.SectorShareInput(e.getKey(),
                                BigDecimal.valueOf(e.getValue()))).toList(),
                        decided.isAfter(LAST_DAY_OF_DISTRICTS) ? t.communes() : t.districts(), decided, end,
                        new BigDecimal(t.amount()), t.currency(), BigDecimal.ZERO, 1000 + 250 * n,
                        "Dự án mẫu / demo project", null), (100 + n) + "/QĐ-UBND", decided, "Chủ tịch UBND tỉnh", admin);
                Instant decidedAt = decided.atTime(10, 0).atZone(zone).toInstant();
                handling.record(id, place, decidedAt.isBefore(clock.instant()) ? decidedAt : clock.instant());
                BigDecimal committed = new BigDecimal(t.amount());
                LocalDate date = decided.plusMonths(1);
                BigDecimal share = new BigDecimal("0.30");
                BigDecimal paid = BigDecimal.ZERO;
                int tranche = 1;
                while (!date.isAfter(min(end, today)) && paid.add(share).compareTo(new BigDecimal("0.80")) <= 0) {
                    disbursements.record(id, new DisbursementService.Entry(date, committed.multiply(share)
                            .setScale(2, java.math.RoundingMode.HALF_EVEN), t.currency(), "Đợt " + tranche++,
                            "Dữ liệu mẫu / demo", null), admin);
                    paid = paid.add(share);
                    share = new BigDecimal("0.10");
                    date = date.getMonthValue() < 3 ? date.withMonth(3).withDayOfMonth(15)
                            : date.getMonthValue() < 9 ? date.withMonth(9).withDayOfMonth(15)
                            : LocalDate.of(date.getYear() + 1, 3, 15);
                }
            }
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private void proposalsAtEveryStage(LocalDate today) {
        Actor officer = new Actor("canbo.snv", Set.of(Roles.OFFICER), "SNV");
        Actor appraiser = new Actor("thamdinh.stc", Set.of(Roles.APPRAISER), "STC");
        List<String> appraiserGroups = List.of(Roles.APPRAISER);
        long plan = ngoId("Plan International");
        long stc = ngoId("Save the Children");
        long whh = ngoId("Deutsche Welthungerhilfe e.V.");
        long cpi = ngoId("Clear Path International");
        long gn = ngoId("Good Neighbors International");

        proposals.createDraft(input(AidKind.PROJECT, "Nâng cao năng lực chăm sóc sức khỏe bà mẹ và trẻ em tại xã Bến Cầu",
                "Maternal and child health care capacity in Bến Cầu", plan, "Trung tâm Y tế khu vực Bến Cầu",
                Map.of("HEALTH", 80, "GENDER", 20), List.of("TN-BENCAU"), today.plusMonths(2), today.plusYears(2),
                "185000", "USD", 2600, "Đào tạo nữ hộ sinh thôn bản, trang thiết bị phòng sinh."), officer);

        long scholarships = proposals.createDraft(input(AidKind.NON_PROJECT, "Học bổng cho học sinh nghèo vượt khó tỉnh Tây Ninh",
                "Scholarships for disadvantaged pupils in Tây Ninh", stc, "Sở Giáo dục và Đào tạo",
                Map.of("EDUCATION", 100), List.of("TN-TANNINH", "TN-CHAUTHANH"), today.plusMonths(1), today.plusYears(1),
                "1250000000", "VND", 400, "400 suất học bổng, mỗi suất 3.125.000 đồng."), officer).id();
        proposals.submit(scholarships, officer);

        long demining = proposals.createDraft(input(AidKind.PROJECT, "Khắc phục hậu quả bom mìn sau chiến tranh tại Dương Minh Châu",
                "Clearing unexploded ordnance in Dương Minh Châu", cpi, "Bộ Chỉ huy Quân sự tỉnh",
                Map.of("WAR_LEGACY", 70, "DISABILITY", 30), List.of("TN-DMCHAU"), today.plusMonths(3), today.plusYears(3),
                "420000", "USD", 15000, "Rà phá bom mìn 350 ha đất nông nghiệp và hỗ trợ nạn nhân."), officer).id();
        proposals.submit(demining, officer);
        complete(demining, "checkDossier", "complete", Map.of(), appraiser, appraiserGroups);
        complete(demining, "collectOpinions", "send", Map.of("agencies", List.of("CA", "STC")), appraiser, appraiserGroups);

        long water = proposals.createDraft(input(AidKind.PROJECT, "Cấp nước sạch và vệ sinh môi trường cho trường học vùng biên giới",
                "Clean water and sanitation for border-area schools", whh, "Ủy ban nhân dân xã Tân Biên",
                Map.of("ENVIRONMENT", 60, "HEALTH", 40), List.of("TN-TANBIEN"), today.plusMonths(2), today.plusYears(2),
                "310000", "EUR", 8200, "Xây dựng 12 công trình nước sạch và nhà vệ sinh trường học."), officer).id();
        proposals.submit(water, officer);
        complete(water, "checkDossier", "complete", Map.of(), appraiser, appraiserGroups);
        complete(water, "collectOpinions", "send", Map.of("agencies", List.of("SYT")), appraiser, appraiserGroups);
        complete(water, "giveOpinion", "agree", Map.of(), new Actor("ykien.syt", Set.of(Roles.CONSULTEE), "SYT"), List.of("SYT"));
        complete(water, "appraiseProposal", "recommendApproval",
                Map.of("appraisalSummary", "Hồ sơ hợp lệ, phù hợp quy hoạch; đề nghị UBND tỉnh phê duyệt."), appraiser, appraiserGroups);

        long disability = proposals.createDraft(input(AidKind.PROJECT, "Phục hồi chức năng cho người khuyết tật dựa vào cộng đồng",
                "Community-based rehabilitation for people with disabilities", gn, "Hội Bảo trợ người khuyết tật tỉnh",
                Map.of("DISABILITY", 100), List.of("TN-GODAU", "TN-BENCAU"), today.plusMonths(1), today.plusYears(2),
                "450000", "USD", 1200, "Phục hồi chức năng tại nhà cho 1.200 người khuyết tật."), officer).id();
        proposals.submit(disability, officer);
        complete(disability, "checkDossier", "complete", Map.of(), appraiser, appraiserGroups);
        complete(disability, "collectOpinions", "send", Map.of("agencies", List.of("SYT")), appraiser, appraiserGroups);
        complete(disability, "giveOpinion", "agreeWithConditions",
                Map.of("conditions", "Phối hợp với Trung tâm Y tế các xã."), new Actor("ykien.syt", Set.of(Roles.CONSULTEE), "SYT"), List.of("SYT"));
        complete(disability, "appraiseProposal", "recommendApproval", Map.of("appraisalSummary", "Đề nghị phê duyệt."),
                appraiser, appraiserGroups);
        complete(disability, "approveProposal", "approve", Map.of("decisionNumber", "1234/QĐ-UBND",
                "decisionDate", today.toString(), "decisionSigner", "Phó Chủ tịch UBND tỉnh"),
                new Actor("pheduyet.ubnd", Set.of(Roles.APPROVER), "UBND"), List.of(Roles.APPROVER));
        QuarkusTransaction.requiringNew().run(() -> disbursements.record(disability, new DisbursementService.Entry(today,
                new BigDecimal("120000.00"), "USD", "Đợt 1", "Tạm ứng đợt 1 theo thỏa thuận", null), officer));

        // one refused and one withdrawn this year, so the dashboard's outcomes are not all approvals
        long golf = proposals.createDraft(input(AidKind.PROJECT, "Xây dựng sân tập thể thao cho câu lạc bộ doanh nhân",
                "Sports ground for a business club", gn, "Câu lạc bộ Doanh nhân tỉnh", Map.of("CAPACITY", 100),
                List.of("TN-TANNINH"), today.plusMonths(2), today.plusYears(1), "90000", "USD", 60,
                "Sân tập cho hội viên câu lạc bộ."), officer).id();
        proposals.submit(golf, officer);
        complete(golf, "checkDossier", "complete", Map.of(), appraiser, appraiserGroups);
        complete(golf, "collectOpinions", "send", Map.of("agencies", List.of("CA")), appraiser, appraiserGroups);
        complete(golf, "giveOpinion", "agree", Map.of(), new Actor("ykien.ca", Set.of(Roles.CONSULTEE), "CA"), List.of("CA"));
        complete(golf, "appraiseProposal", "recommendRejection",
                Map.of("appraisalSummary", "Không thuộc lĩnh vực ưu tiên tiếp nhận viện trợ."), appraiser, appraiserGroups);
        complete(golf, "approveProposal", "reject", Map.of("rejectionReason", "Không phục vụ mục đích phát triển cộng đồng."),
                new Actor("pheduyet.ubnd", Set.of(Roles.APPROVER), "UBND"), List.of(Roles.APPROVER));
        // The refusal letter has gone to the donor; the approval of the disability project is still to be sent
        // (its send-the-decision step waits in the officers' inbox).
        String refusalSent = tasks.createTaskQuery().processInstanceBusinessKey("dispatch:" + golf)
                .taskDefinitionKey("sendDecision").singleResult().getId();
        inbox.complete(refusalSent, new CompletionInput("sent", "Dữ liệu mẫu / demo", Map.of("dispatches",
                List.of(Map.of("recipient", "DONOR", "method", "POST", "sentOn", today.toString())))), officer, List.of(Roles.OFFICER));

        long library = proposals.createDraft(input(AidKind.NON_PROJECT, "Tặng sách cho thư viện trường tiểu học",
                "Books for primary school libraries", stc, "Sở Giáo dục và Đào tạo", Map.of("EDUCATION", 100),
                List.of("TN-CHAUTHANH"), today.plusMonths(1), today.plusMonths(6), "15000", "USD", 3000,
                "5.000 đầu sách thiếu nhi."), officer).id();
        proposals.submit(library, officer);
        complete(library, "checkDossier", "incomplete", Map.of("missingItems", "Văn bản cam kết của nhà tài trợ"),
                appraiser, appraiserGroups);
        complete(library, "supplementDossier", "withdraw", Map.of("withdrawalReason", "Nhà tài trợ chuyển sang năm sau."),
                officer, List.of(Roles.OFFICER));

        long relief = proposals.createDraft(input(AidKind.EMERGENCY_RELIEF, "Cứu trợ khẩn cấp hộ dân bị thiệt hại do lốc xoáy tại Gò Dầu",
                "Emergency relief for households hit by a whirlwind in Gò Dầu", plan, "Ủy ban Mặt trận Tổ quốc tỉnh",
                Map.of("DISASTER", 100), List.of("TN-GODAU"), today, today.plusMonths(2),
                "25000", "USD", 350, "Tấm lợp, lương thực và nước uống cho 350 hộ."), officer).id();
        proposals.submit(relief, officer);
        complete(relief, "checkDossier", "complete", Map.of(), appraiser, appraiserGroups);
    }

    /**
     * An aid owner and its reports (Decree 80/2020 Art. 14(4)): the provincial hospital's project, approved thirteen
     * months ago and recorded as an import with its results indicators, owes its reports from the decision on. Its
     * first annual report was sent by the hospital and accepted; the half-year report is overdue (its timer flags it
     * and the officers are asked to chase it once the engine's job executor runs); the later ones are still to come. A
     * second, finished project of the hospital has its completion report accepted.
     * One transaction, so no timer of the accepted report fires meanwhile.
     */
    private void reportingStages(LocalDate today) {
        Actor admin = new Actor("admin", Set.of(Roles.ADMIN), null);
        Actor officer = new Actor("canbo.snv", Set.of(Roles.OFFICER), "SNV");
        LocalDate decided = today.minusMonths(13);
        long id = proposals.importApproved(input(AidKind.PROJECT,
                "Nâng cao năng lực cấp cứu và hồi sức sơ sinh tại Bệnh viện Đa khoa tỉnh",
                "Emergency and neonatal intensive care at the provincial general hospital", ngoId("Plan International"),
                HOSPITAL, Map.of("HEALTH", 100), List.of("TN-TANNINH"), decided.plusMonths(1), today.plusYears(1),
                "350000", "USD", 5000, "Trang thiết bị hồi sức sơ sinh và đào tạo 60 bác sĩ, điều dưỡng."),
                "2790/QĐ-UBND", decided, "Phó Chủ tịch UBND tỉnh", admin);
        Proposal project = Proposal.findById(id);
        project.aidOwnerUnit.nameEn = "Tây Ninh Provincial General Hospital";
        user(AID_OWNER_USER, "Nguyễn Văn Khoa", Roles.AID_OWNER, project.aidOwnerUnit);
        var defined = indicators.define(id, List.of(
                new Indicators.IndicatorInput(null, "Bác sĩ, điều dưỡng được đào tạo hồi sức sơ sinh",
                        "Doctors and nurses trained in neonatal resuscitation", "người", BigDecimal.ZERO, new BigDecimal("60")),
                new Indicators.IndicatorInput(null, "Tỷ lệ tử vong sơ sinh tại bệnh viện", "Hospital neonatal mortality",
                        "‰", new BigDecimal("12.5"), new BigDecimal("8"))), officer);
        obligations.generate(project, decided);
        ReportObligation annual = ReportObligation.<ReportObligation>find("projectId = ?1 and kind = ?2 order by periodStart",
                id, ReportKind.ANNUAL).firstResult();
        Actor hospital = new Actor(AID_OWNER_USER, Set.of(Roles.AID_OWNER), project.aidOwnerUnit.code);
        reports.submit(annual.id, new ReportInput(List.of(new ReportInput.Amount("USD", new BigDecimal("105000.00"),
                        new BigDecimal("62400.00"))),
                List.of(new ReportInput.IndicatorValue(defined.get(0).id(), new BigDecimal("18")),
                        new ReportInput.IndicatorValue(defined.get(1).id(), new BigDecimal("12.1"))),
                "Đã tiếp nhận đợt 1, mua sắm 4 lồng ấp và tổ chức khóa đào tạo đầu tiên cho 18 học viên."), hospital);
        accept(annual, officer);

        // A finished project of the same hospital: only its completion report was still owed when it was recorded.
        LocalDate started = today.minusYears(2).minusMonths(8);
        long finished = proposals.importApproved(input(AidKind.PROJECT, "Phòng chống nhiễm khuẩn bệnh viện",
                "Hospital infection control", ngoId("Save the Children"), HOSPITAL, Map.of("HEALTH", 100), List.of("703"),
                started, today.minusMonths(2), "120000", "USD", 800, "Hệ thống rửa tay và đào tạo kiểm soát nhiễm khuẩn."),
                "911/QĐ-UBND", started.minusMonths(1), "Phó Chủ tịch UBND tỉnh", admin);
        ReportObligation completion = ReportObligation.<ReportObligation>find("projectId = ?1 and kind = ?2", finished,
                ReportKind.COMPLETION).firstResult();
        reports.submit(completion.id, new ReportInput(List.of(new ReportInput.Amount("USD", new BigDecimal("120000.00"),
                new BigDecimal("118750.00"))), List.of(), "Dự án đã hoàn thành, bàn giao hệ thống rửa tay cho bệnh viện."),
                hospital);
        accept(completion, officer);
    }

    /**
     * The six-month start watch (Decree 80/2020 Art. 4(7)) on two projects approved seven months ago (recorded as
     * imports, so their decisions keep their dates) that have not started; their watch timers are run here, as the job
     * executor does on the day. One was reviewed by the appraiser and revoked by the approver (its revocation decision
     * and notice to the donor download from its page); the other's review waits in the appraiser's inbox.
     */
    private void startWatchStages(LocalDate today) {
        Actor admin = new Actor("admin", Set.of(Roles.ADMIN), null);
        LocalDate decided = today.minusMonths(7);
        long revoked = QuarkusTransaction.requiringNew().call(() -> watchedImport(input(AidKind.PROJECT,
                "Xây dựng nhà văn hóa cộng đồng ấp Bàu Vừng", "Community house for Bàu Vừng hamlet",
                ngoId("Good Neighbors International"), "Ủy ban nhân dân xã Châu Thành", Map.of("CAPACITY", 100),
                List.of("TN-CHAUTHANH"), decided.plusMonths(1), decided.plusYears(2), "68000", "USD", 900,
                "Nhà văn hóa cộng đồng và thư viện ấp."), "1506/QĐ-UBND", decided, admin));
        fireWatch(revoked);
        completeWatchStep(revoked, "reviewStart", "noGoodReason", Map.of("reviewNote",
                "Chủ khoản viện trợ chưa giải phóng mặt bằng, nhà tài trợ chưa chuyển vốn; không có lý do chính đáng."),
                new Actor("thamdinh.stc", Set.of(Roles.APPRAISER), "STC"), List.of(Roles.APPRAISER));
        completeWatchStep(revoked, "decideRevocation", "revoke", Map.of("decisionNumber", "2105/QĐ-UBND",
                "decisionDate", today.minusDays(3).toString(),
                "reason", "Không triển khai thực hiện sau 6 tháng kể từ ngày phê duyệt, không có lý do chính đáng."),
                new Actor("pheduyet.ubnd", Set.of(Roles.APPROVER), "UBND"), List.of(Roles.APPROVER));

        long waiting = QuarkusTransaction.requiringNew().call(() -> watchedImport(input(AidKind.PROJECT,
                "Trồng rừng phòng hộ ven hồ Dầu Tiếng", "Protective forest planting by Dầu Tiếng lake",
                ngoId("Deutsche Welthungerhilfe e.V."), "Ban Quản lý rừng phòng hộ Dầu Tiếng", Map.of("ENVIRONMENT", 100),
                List.of("TN-DMCHAU"), decided.plusMonths(2), decided.plusYears(3), "240000", "EUR", 2000,
                "Trồng mới 120 ha rừng phòng hộ và tập huấn cho hộ nhận khoán."), "1511/QĐ-UBND", decided, admin));
        fireWatch(waiting);
    }

    private long watchedImport(ProposalInput input, String decisionNumber, LocalDate decided, Actor admin) {
        long id = proposals.importApproved(input, decisionNumber, decided, "Phó Chủ tịch UBND tỉnh", admin);
        startWatchdog.watch(id, decided);
        return id;
    }

    /** Runs the project's watch timer, past due. */
    private void fireWatch(long projectId) {
        String watch = runtime.createProcessInstanceQuery().processDefinitionKey(StartWatchdog.PROCESS_KEY)
                .processInstanceBusinessKey("project:" + projectId).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(watch).activityId("watchExpires")
                .singleResult().getId());
    }

    private void completeWatchStep(long projectId, String taskKey, String outcome, Map<String, Object> fields, Actor actor,
                                   List<String> groups) {
        var task = tasks.createTaskQuery().processInstanceBusinessKey("project:" + projectId).taskDefinitionKey(taskKey)
                .singleResult();
        inbox.complete(task.getId(), new CompletionInput(outcome, "Dữ liệu mẫu / demo", fields), actor, groups);
    }

    /**
     * The rest of the aid owner's reports (Decree 80/2020 Art. 14(4)): the hospital's next report, sent early with the
     * handover minutes attached, waits in the officers' inbox for review; and a third project of the hospital, ended
     * almost six months ago, owes its completion report in a fortnight (due soon, not yet overdue).
     */
    private void reportsUnderWay(LocalDate today) {
        Actor admin = new Actor("admin", Set.of(Roles.ADMIN), null);
        String unit = AppUser.findByUsername(AID_OWNER_USER).orElseThrow().orgUnit.code;
        Actor hospital = new Actor(AID_OWNER_USER, Set.of(Roles.AID_OWNER), unit);
        ReportObligation next = ReportObligation.<ReportObligation>find("select o from ReportObligation o, Proposal p "
                        + "where p.id = o.projectId and p.aidOwnerUnit.code = ?1 and o.status = ?2 and o.dueDate >= ?3 "
                        + "order by o.dueDate, o.id", unit, ObligationStatus.DUE, today).firstResult();
        attachments.add(next.id, "Biên bản bàn giao trang thiết bị.pdf", "application/pdf", demoFile("bien-ban-ban-giao.pdf"),
                hospital);
        List<ReportInput.IndicatorValue> actuals = ResultIndicator.<ResultIndicator>list("projectId = ?1 order by position",
                next.projectId).stream().map(i -> new ReportInput.IndicatorValue(i.id, i.actual == null ? i.baseline
                : i.actual.add(i.target.subtract(i.baseline).divide(new BigDecimal("4"), 2, RoundingMode.HALF_UP)))).toList();
        reports.submit(next.id, new ReportInput(List.of(new ReportInput.Amount("USD", new BigDecimal("95000.00"),
                new BigDecimal("88150.00"))), actuals, "Đã nhận đủ 4 lồng ấp và 2 máy thở, bàn giao cho Khoa Hồi sức sơ sinh "
                + "(biên bản kèm theo); đào tạo thêm 15 bác sĩ, điều dưỡng."), hospital);

        LocalDate ended = today.minusMonths(6).plusDays(15);
        proposals.importApproved(input(AidKind.PROJECT, "Chăm sóc sức khỏe bà mẹ và trẻ sơ sinh tại cộng đồng",
                "Community maternal and newborn care", ngoId("Good Neighbors International"), HOSPITAL,
                Map.of("HEALTH", 100), List.of("TN-TANNINH"), ended.minusYears(2), ended, "80000", "USD", 1200,
                "Tập huấn cô đỡ thôn bản và khám thai định kỳ."), "1520/QĐ-UBND", ended.minusYears(2).minusMonths(1),
                "Phó Chủ tịch UBND tỉnh", admin);
    }

    private static byte[] demoFile(String name) {
        try (var in = DemoData.class.getResourceAsStream("/demo/" + name)) {
            return in.readAllBytes();
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("The demo file " + name + " is part of the application", e);
        }
    }

    /** The officer accepts the report under review (the review step of the obligation's process). */
    private void accept(ReportObligation obligation, Actor officer) {
        var review = tasks.createTaskQuery().processInstanceId(obligation.processInstanceId)
                .taskDefinitionKey("reviewReport").singleResult();
        inbox.complete(review.getId(), new CompletionInput(AidReports.ACCEPT, "Dữ liệu mẫu / demo", Map.of()), officer,
                List.of(Roles.OFFICER));
    }

    private void complete(long proposalId, String taskKey, String outcome, Map<String, Object> fields, Actor actor,
                          List<String> groups) {
        String pid = queries.processInstanceOf(proposalId);
        var task = tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(taskKey).list().get(0);
        inbox.complete(task.getId(), new CompletionInput(outcome, "Dữ liệu mẫu / demo", fields), actor, groups);
    }

    private static ProposalInput input(AidKind kind, String titleVi, String titleEn, long ngoId, String owner,
                                       Map<String, Integer> sectors, List<String> locations, LocalDate start,
                                       LocalDate end, String amount, String currency, int beneficiaries, String description) {
        return new ProposalInput(kind, titleVi, titleEn, ngoId, owner,
                sectors.entrySet().stream().map(e -> new ProposalInput.SectorShareInput(e.getKey(), BigDecimal.valueOf(e.getValue()))).toList(),
                locations, start, end, new BigDecimal(amount), currency, BigDecimal.ZERO, beneficiaries, description, null);
    }

    private static long ngoId(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Ngo.<Ngo>find("name", name).singleResult().id);
    }

    private static OrgUnit unit(String code, String vi, String en, String roles, LocalDate from, LocalDate to) {
        OrgUnit u = new OrgUnit();
        u.code = code;
        u.nameVi = vi;
        u.nameEn = en;
        u.workflowRoles = roles;
        u.validFrom = from;
        u.validTo = to;
        u.persist();
        return u;
    }

    private static void user(String username, String name, String roles, OrgUnit unit) {
        AppUser u = new AppUser();
        u.username = username;
        u.fullName = name;
        u.passwordHash = BcryptUtil.bcryptHash(PASSWORD);
        u.roles = roles;
        u.orgUnit = unit;
        u.persist();
    }

    private static void sector(String code, String crs, String vi, String en) {
        Sector s = new Sector();
        s.code = code;
        s.crsCode = crs;
        s.nameVi = vi;
        s.nameEn = en;
        s.persist();
    }

    private static AdminUnit adminUnit(String code, String name, AdminUnit.Level level, AdminUnit parent,
                                       LocalDate from, LocalDate to) {
        AdminUnit a = new AdminUnit();
        a.code = code;
        a.name = name;
        a.level = level;
        a.parent = parent;
        a.validFrom = from;
        a.validTo = to;
        a.persist();
        return a;
    }

    private static void ngo(String name, String nameVi, String country, Ngo.CertificateKind kind, String certNumber,
                            LocalDate validFrom, LocalDate validTo, String contact, String email) {
        Ngo n = new Ngo();
        n.name = name;
        n.nameVi = nameVi;
        n.country = country;
        n.certKind = kind;
        n.certNumber = certNumber;
        n.certIssuer = "Bộ Ngoại giao (Ủy ban Công tác về các tổ chức PCPNN)";
        n.certValidFrom = validFrom;
        n.certValidTo = validTo;
        n.contactPerson = contact;
        n.contactEmail = email;
        n.persist();
    }

    private static void population(AdminUnit unit, int year, long people, String source) {
        UnitPopulation p = new UnitPopulation();
        p.unit = unit;
        p.year = year;
        p.population = people;
        p.source = source;
        p.persist();
    }

    /** Sample rates for trying the reports; real ones come from the State Bank through the admin API. */
    private static void rate(String currency, LocalDate date, String unitsPerUsd) {
        ExchangeRate r = new ExchangeRate();
        r.currency = currency;
        r.date = date;
        r.unitsPerUsd = new BigDecimal(unitsPerUsd);
        r.source = "Dữ liệu mẫu / sample";
        r.persist();
    }
}
