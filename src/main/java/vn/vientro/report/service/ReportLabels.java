package vn.vientro.report.service;

import java.util.Map;

/** The workbook's words: Vietnamese by default, English on request. */
final class ReportLabels {

    private static final Map<String, String[]> TEXT = Map.ofEntries(
            e("sheet.summary", "Tổng hợp", "Summary"), e("sheet.sector", "Theo lĩnh vực", "By sector"),
            e("sheet.donor", "Theo nhà tài trợ", "By donor"), e("sheet.location", "Theo địa bàn", "By location"),
            e("sheet.projects", "Dự án", "Projects"), e("sheet.workflow", "Quy trình", "Workflow"),
            e("sheet.trend", "Xu hướng", "Trend"), e("sheet.notes", "Ghi chú", "Notes"),
            e("title", "BÁO CÁO VIỆN TRỢ PHI CHÍNH PHỦ NƯỚC NGOÀI NĂM %d", "FOREIGN NGO AID REPORT %d"),
            e("indicator", "Chỉ tiêu", "Indicator"), e("value", "Giá trị", "Value"), e("unit", "Đơn vị", "Unit"),
            e("received", "Đề xuất tiếp nhận", "Proposals received"), e("approved", "Đề xuất được phê duyệt", "Proposals approved"),
            e("rejected", "Đề xuất không được phê duyệt", "Proposals rejected"), e("withdrawn", "Đề xuất đã rút", "Proposals withdrawn"),
            e("active", "Dự án đang thực hiện", "Active projects"), e("committed", "Giá trị cam kết (USD)", "Committed (USD)"),
            e("disbursed", "Giá trị giải ngân (USD)", "Disbursed (USD)"), e("population", "Dân số", "Population"),
            e("disbursedPerCapita", "Giải ngân bình quân đầu người (USD/người/năm)", "Disbursed per capita (USD/person/year)"),
            e("committedPerCapita", "Cam kết bình quân đầu người (USD/người/năm)", "Committed per capita (USD/person/year)"),
            e("nationalPerCapita", "Bình quân cả nước (USD/người/năm)", "National average (USD/person/year)"),
            e("ratio", "Tỷ lệ so với cả nước", "Ratio to the national average"),
            e("previous", "Giải ngân năm trước (USD)", "Disbursed in the previous year (USD)"),
            e("change", "Thay đổi so với năm trước", "Change from the previous year"),
            e("count", "số", "count"), e("usd", "USD", "USD"), e("usdPerPerson", "USD/người", "USD/person"),
            e("people", "người", "people"), e("percent", "", ""),
            e("code", "Mã", "Code"), e("crs", "Mã CRS", "CRS code"), e("sector", "Lĩnh vực", "Sector"),
            e("projects", "Số dự án", "Projects"), e("donor", "Nhà tài trợ", "Donor"), e("country", "Quốc gia", "Country"),
            e("unitName", "Địa bàn", "Location"), e("perCapita", "USD/người", "USD per person"),
            e("id", "Số hiệu", "No."), e("projectTitle", "Tên dự án", "Project"), e("decisionDate", "Ngày phê duyệt", "Approved on"),
            e("plannedEnd", "Kết thúc dự kiến", "Planned end"), e("committedOriginal", "Cam kết (nguyên tệ)", "Committed (original)"),
            e("currency", "Loại tiền", "Currency"), e("committedUsd", "Cam kết (USD)", "Committed (USD)"),
            e("disbursedYear", "Giải ngân trong năm (USD)", "Disbursed in the year (USD)"),
            e("disbursedToDate", "Lũy kế giải ngân (USD)", "Disbursed to date (USD)"), e("remaining", "Còn lại (USD)", "Remaining (USD)"),
            e("outcome", "Kết quả", "Outcome"), e("step", "Bước", "Step"), e("completedTasks", "Số việc hoàn thành", "Tasks completed"),
            e("median", "Trung vị (ngày)", "Median (days)"), e("p90", "Phân vị 90 (ngày)", "90th percentile (days)"),
            e("overdue", "Quá hạn", "Overdue"), e("year", "Năm", "Year"),
            e("province", "Tỉnh (USD/người)", "Province (USD/person)"), e("national", "Cả nước (USD/người)", "National (USD/person)"),
            e("trendTitle", "Viện trợ PCPNN bình quân đầu người", "Foreign NGO aid per capita"),
            e("noData", "không có số liệu", "no data"), e("sheet.period", "Giai đoạn", "Period"),
            e("periodAverage", "Bình quân giai đoạn", "Period average"),
            e("proposalApproved", "Phê duyệt", "Approved"), e("proposalRejected", "Không phê duyệt", "Rejected"),
            e("proposalWithdrawn", "Rút đề xuất", "Withdrawn"),
            e("rateDate", "Ngày áp dụng", "Rate date"), e("unitsPerUsd", "Số đơn vị/1 USD", "Units per USD"),
            e("definitions", "Định nghĩa", "Definitions"), e("sources", "Nguồn số liệu", "Data sources"),
            e("ratesUsed", "Tỷ giá đã dùng", "Exchange rates used"),
            e("def.perCapita", "USD/người/năm = giá trị viện trợ quy USD trong năm ÷ dân số của địa bàn trong năm.",
                    "USD per person per year = aid in USD in the year ÷ the unit's population in that year."),
            e("def.conversion", "Mỗi khoản quy đổi ra USD theo tỷ giá gần nhất vào hoặc trước ngày phát sinh.",
                    "Each amount is converted to USD at the latest rate on or before its date."),
            e("def.commitment", "Giá trị cam kết tính vào năm có quyết định phê duyệt.",
                    "A commitment counts in the year of its approval decision."),
            e("def.active", "Dự án đang thực hiện: đã phê duyệt trước cuối năm và kết thúc dự kiến sau đầu năm, hoặc có giải ngân trong năm.",
                    "Active project: approved by the end of the year and planned to end after its start, or disbursed in it."),
            e("def.split", "Theo lĩnh vực: chia theo tỷ lệ lĩnh vực; theo địa bàn: chia đều cho các địa bàn của dự án.",
                    "By sector: split by the sector shares; by location: split equally among the project's locations."),
            e("def.population", "Dân số tỉnh: đơn vị cấp tỉnh còn hiệu lực ngày 31/12 của năm; năm không có số của tỉnh thì"
                            + " cộng dân số các đơn vị trực thuộc còn hiệu lực (nguồn bên dưới ghi rõ số nào được cộng).",
                    "Province population: the province-level unit valid on 31 December of the year; in a year without a figure"
                            + " for the province, the sum of its units valid that day (the sources below say which were summed)."),
            e("sheet.changes", "Biến động trong năm", "Changes in the year"),
            e("sheet.currency", "Theo nguyên tệ", "By currency"),
            e("ministryTitle", "BÁO CÁO TÌNH HÌNH VIỆN TRỢ PHI CHÍNH PHỦ NƯỚC NGOÀI NĂM %d GỬI BỘ TÀI CHÍNH",
                    "FOREIGN NGO AID IN %d: REPORT TO THE MINISTRY OF FINANCE"),
            e("ministryBasis", "Theo khoản 9 Điều 13 Nghị định số 80/2020/NĐ-CP", "Under Decree 80/2020, Article 13(9)"),
            e("m.approved", "Khoản viện trợ được phê duyệt trong năm", "Aid approved in the year"),
            e("m.amended", "Điều chỉnh được phê duyệt trong năm", "Amendments approved in the year"),
            e("m.revoked", "Khoản viện trợ bị thu hồi trong năm", "Aid revoked in the year"),
            e("m.closed", "Khoản viện trợ kết thúc, đóng trong năm", "Aid closed in the year"),
            e("m.donors", "Nhà tài trợ có dự án đang thực hiện", "Donors with active projects"),
            e("changeKind", "Nội dung", "Change"), e("changeDate", "Ngày quyết định", "Decided on"),
            e("decisionNumber", "Số quyết định", "Decision number"),
            e("amountOriginal", "Giá trị (nguyên tệ)", "Amount (original)"), e("amountUsd", "Giá trị (USD)", "Amount (USD)"),
            e("kind.APPROVED", "Phê duyệt", "Approved"), e("kind.AMENDED", "Điều chỉnh", "Amended"),
            e("kind.REVOKED", "Thu hồi", "Revoked"), e("kind.CLOSED", "Đóng khoản viện trợ", "Closed"),
            e("dimension", "Theo", "By"), e("name", "Tên", "Name"),
            e("dim.DONOR", "Nhà tài trợ", "Donor"), e("dim.SECTOR", "Lĩnh vực", "Sector"), e("dim.LOCATION", "Địa bàn", "Location"),
            e("committedOriginalYear", "Cam kết trong năm (nguyên tệ)", "Committed in the year (original)"),
            e("committedUsdYear", "Cam kết trong năm (USD)", "Committed in the year (USD)"),
            e("disbursedOriginalYear", "Giải ngân trong năm (nguyên tệ)", "Disbursed in the year (original)"),
            e("def.amendment", "Điều chỉnh: phần thay đổi giá trị cam kết, tính vào năm có quyết định điều chỉnh (trống khi chỉ đổi thời gian).",
                    "Amendment: the change of the commitment, counted in the year of its decision (blank when only the end date changed)."),
            e("sheet.compliance", "Tình hình báo cáo", "Reporting compliance"),
            e("aidOwner", "Chủ khoản viện trợ", "Aid owner"), e("reportKind", "Loại báo cáo", "Report"),
            e("periodStart", "Kỳ báo cáo từ", "Period from"), e("periodEnd", "Đến", "Period to"),
            e("dueDate", "Hạn nộp", "Due date"), e("submittedOn", "Ngày nộp (lần đầu)", "Submitted on (first)"),
            e("complianceStatus", "Tình trạng", "Status"), e("dueInYear", "Đến hạn trong năm", "Due in the year"),
            e("total", "Tổng cộng", "Total"),
            e("complianceTotals", "Tổng hợp báo cáo đến hạn năm %d (tính đến ngày %s)", "Reports due in %d (as of %s)"),
            e("def.compliance", "Tình hình báo cáo: báo cáo của chủ khoản viện trợ có hạn nộp trong năm; đúng hạn nếu lần nộp"
                            + " đầu tiên vào hoặc trước hạn nộp (nộp lại sau khi được yêu cầu sửa đổi vẫn tính ngày nộp lần đầu);"
                            + " báo cáo đến hạn sau khi dự án bị thu hồi hoặc đã đóng mà chưa nộp thì không tính.",
                    "Reporting compliance: the aid owners' reports due in the year; on time when first sent on or before"
                            + " the due date (a corrected report keeps the first sending's date); a report due after the project"
                            + " was revoked or closed and never sent is not counted."),
            e("def.nationalSource", "Số liệu cả nước: bảng national_figure (dân số, viện trợ PCPNN).",
                    "National figures: table national_figure (population, NGO aid)."));

    private final int index;

    ReportLabels(boolean english) {
        this.index = english ? 1 : 0;
    }

    String t(String key) {
        String[] text = TEXT.get(key);
        return text == null ? key : text[index];
    }

    private static Map.Entry<String, String[]> e(String key, String vi, String en) {
        return Map.entry(key, new String[]{vi, en});
    }
}
