package vn.vientro.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.vientro.common.TextInput;
import vn.vientro.common.domain.ConstraintCodes;
import vn.vientro.common.domain.DomainException;
import vn.vientro.common.domain.ImportError;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.proposal.domain.AidKind;
import vn.vientro.proposal.service.ProposalInput;
import vn.vientro.proposal.service.ProposalService;
import vn.vientro.reference.domain.Ngo;
import vn.vientro.security.Actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.*;

/**
 * Imports the province's history from the Excel template: approved projects and their disbursements, all
 * or nothing. Every bad cell is reported (sheet, row, column, reason); any error means nothing is written.
 * Rows go through the same rules as the API (ProposalService, DisbursementService).
 */
@ApplicationScoped
public class HistoryImport {

    static final String PROJECTS = "Du an - Projects";
    static final String DISBURSEMENTS = "Giai ngan - Disbursements";
    static final String[] PROJECT_COLUMNS = {"ref", "titleVi", "titleEn", "kind", "ngoName", "aidOwner", "sectors",
            "locations", "plannedStart", "plannedEnd", "committedAmount", "currency", "decisionNumber", "decisionDate",
            "decisionSigner"};
    static final String[] PROJECT_HEADINGS = {"Mã dòng / Ref", "Tên dự án / Title (vi)", "Tên tiếng Anh / Title (en)",
            "Loại / Kind (PROGRAMME, PROJECT, NON_PROJECT, EMERGENCY_RELIEF)", "Nhà tài trợ / NGO name",
            "Chủ khoản viện trợ / Aid owner", "Lĩnh vực / Sectors (HEALTH:60;GENDER:40)",
            "Địa bàn / Locations (711;712)", "Bắt đầu / Start", "Kết thúc / End", "Cam kết / Committed amount",
            "Loại tiền / Currency", "Số quyết định / Decision number", "Ngày quyết định / Decision date",
            "Người ký / Signer"};
    static final String[] DISBURSEMENT_COLUMNS = {"projectRef", "date", "amount", "currency", "reference", "note",
            "overrideReason"};
    static final String[] DISBURSEMENT_HEADINGS = {"Mã dòng dự án / Project ref", "Ngày / Date", "Số tiền / Amount",
            "Loại tiền / Currency", "Đợt / Tranche", "Ghi chú / Note", "Lý do vượt cam kết / Override reason"};

    public record Result(int projects, int disbursements) {
    }

    @Inject
    ProposalService proposals;

    @Inject
    DisbursementService disbursements;

    @Inject
    jakarta.validation.Validator validator;

    public void template(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            sheet(wb, PROJECTS, PROJECT_HEADINGS, header);
            sheet(wb, DISBURSEMENTS, DISBURSEMENT_HEADINGS, header);
            Sheet help = wb.createSheet("Huong dan - Help");
            String[] lines = {
                    "Mỗi dòng của sheet dự án là một dự án đã được phê duyệt; mã dòng (ref) dùng để gắn các khoản giải ngân.",
                    "Each project row is an approved project; its ref links the disbursement rows to it.",
                    "Ngày theo dạng YYYY-MM-DD hoặc ô ngày của Excel / Dates as YYYY-MM-DD or Excel date cells.",
                    "Lĩnh vực: mã:tỷ lệ, cách nhau bằng dấu chấm phẩy, tổng 100 / Sectors: code:share;..., summing to 100.",
                    "Địa bàn: mã đơn vị hành chính cách nhau bằng dấu chấm phẩy / Locations: unit codes separated by ;",
                    "Tệp có lỗi sẽ không được nhập dòng nào / A file with any error imports nothing."};
            for (int i = 0; i < lines.length; i++) {
                help.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            help.setColumnWidth(0, 120 * 256);
            wb.write(out);
        }
    }

    private static void sheet(Workbook wb, String name, String[] headings, CellStyle style) {
        Sheet sheet = wb.createSheet(name);
        Row row = sheet.createRow(0);
        row.setHeightInPoints(45);
        for (int i = 0; i < headings.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headings[i]);
            cell.setCellStyle(style);
            sheet.setColumnWidth(i, 24 * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Imports the workbook in one transaction; refuses it as invalid, listing every error, having written nothing. */
    @Transactional
    public Result importWorkbook(InputStream in, Actor actor) {
        Workbook wb;
        try {
            wb = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw DomainException.invalid("file", ProblemCode.NOT_A_WORKBOOK, "not an Excel workbook (.xlsx) made from the template");
        }
        List<ImportError> errors = new ArrayList<>();
        Sheet projectSheet = wb.getSheet(PROJECTS);
        Sheet disbursementSheet = wb.getSheet(DISBURSEMENTS);
        if (projectSheet == null || disbursementSheet == null) {
            throw DomainException.invalid("file", ProblemCode.MISSING_SHEETS, "the workbook must have the template's sheets '"
                    + PROJECTS + "' and '" + DISBURSEMENTS + "'", List.of(PROJECTS, DISBURSEMENTS));
        }
        Map<String, Long> projectIds = new HashMap<>();
        int projects = 0;
        for (Row row : projectSheet) {
            if (row.getRowNum() == 0 || blank(row, PROJECT_COLUMNS.length)) {
                continue;
            }
            Cells cells = new Cells(PROJECTS, row, PROJECT_COLUMNS, errors);
            String ref = cells.text("ref", true);
            if (ref != null && projectIds.containsKey(ref)) {
                cells.error("ref", ProblemCode.REF_TWICE, "the ref " + ref + " is used twice", ref);
            }
            AidKind kind = cells.kind();
            Long ngo = cells.ngo();
            List<ProposalInput.SectorShareInput> sectors = cells.sectors();
            List<String> locations = cells.list("locations");
            LocalDate start = cells.date("plannedStart");
            LocalDate end = cells.date("plannedEnd");
            BigDecimal amount = cells.number("committedAmount");
            String currency = cells.text("currency", true);
            String decisionNumber = cells.text("decisionNumber", true);
            LocalDate decisionDate = cells.date("decisionDate");
            String signer = cells.text("decisionSigner", false);
            String titleVi = cells.text("titleVi", true);
            String aidOwner = cells.text("aidOwner", true);
            if (!cells.ok()) {
                continue;
            }
            var input = new ProposalInput(kind, titleVi, cells.text("titleEn", false), ngo, aidOwner, sectors,
                    locations, start, end, amount, currency, BigDecimal.ZERO, null, null, null);
            // the same field rules as the API's request body (lengths, positive amounts, shares)
            var violations = validator.validate(input);
            if (!violations.isEmpty()) {
                violations.forEach(v -> cells.error(v.getPropertyPath().toString().split("[.\\[]")[0], ConstraintCodes.of(v),
                        v.getMessage()));
                continue;
            }
            try {
                projectIds.put(ref, proposals.importApproved(input, decisionNumber, decisionDate, signer, actor));
                projects++;
            } catch (DomainException problem) {
                cells.error(problem);
            }
        }
        int entries = 0;
        for (Row row : disbursementSheet) {
            if (row.getRowNum() == 0 || blank(row, DISBURSEMENT_COLUMNS.length)) {
                continue;
            }
            Cells cells = new Cells(DISBURSEMENTS, row, DISBURSEMENT_COLUMNS, errors);
            String ref = cells.text("projectRef", true);
            Long projectId = ref == null ? null : projectIds.get(ref);
            if (ref != null && projectId == null) {
                cells.error("projectRef", ProblemCode.UNKNOWN_REF, "no project row has ref " + ref + (errors.stream()
                        .anyMatch(e -> e.sheet().equals(PROJECTS)) ? " (or its row has errors)" : ""), ref);
            }
            LocalDate date = cells.date("date");
            BigDecimal amount = cells.number("amount");
            String currency = cells.text("currency", true);
            if (!cells.ok()) {
                continue;
            }
            try {
                disbursements.record(projectId, new DisbursementService.Entry(date, amount, currency,
                        cells.text("reference", false), cells.text("note", false), cells.text("overrideReason", false)), actor);
                entries++;
            } catch (DomainException problem) {
                cells.error(problem);
            }
        }
        if (!errors.isEmpty()) {
            throw ImportError.refused(errors);
        }
        return new Result(projects, entries);
    }

    private static boolean blank(Row row, int columns) {
        for (int i = 0; i < columns; i++) {
            Cell c = row.getCell(i);
            if (c != null && c.getCellType() != CellType.BLANK
                    && !(c.getCellType() == CellType.STRING && c.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }

    /** Reads one row's cells by column name, recording an error for each cell that does not parse. */
    private static final class Cells {
        private final String sheet;
        private final Row row;
        private final List<String> columns;
        private final List<ImportError> errors;
        private final int before;

        Cells(String sheet, Row row, String[] columns, List<ImportError> errors) {
            this.sheet = sheet;
            this.row = row;
            this.columns = List.of(columns);
            this.errors = errors;
            this.before = errors.size();
        }

        boolean ok() {
            return errors.size() == before;
        }

        void error(String column, ProblemCode code, String message, Object... values) {
            error(column, code.with(values), message);
        }

        void error(String column, ProblemCode.Coded coded, String message) {
            errors.add(new ImportError(sheet, row.getRowNum() + 1, column, coded.code(), coded.values(), message));
        }

        /** A rule of the API refused the row: name its field as the column. */
        void error(DomainException problem) {
            if (!problem.violations().isEmpty()) {
                DomainException.Violation v = problem.violations().get(0);
                error(v.field().replace("ngoId", "ngoName"), new ProblemCode.Coded(v.code(), v.values()), v.message());
            } else if (problem.properties().get("missingRates") != null) {
                error("currency", ProblemCode.MISSING_RATES, "no exchange rate for " + problem.properties().get("missingRates"));
            } else {
                error("*", problem.code() == null ? ProblemCode.INVALID.with()
                        : new ProblemCode.Coded(problem.code(), problem.values()), problem.getMessage());
            }
        }

        private Cell cell(String column) {
            return row.getCell(columns.indexOf(column));
        }

        String text(String column, boolean required) {
            Cell c = cell(column);
            String value = c == null ? null : switch (c.getCellType()) {
                case STRING -> c.getStringCellValue().strip();
                case NUMERIC -> BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
                default -> null;
            };
            if ((value == null || value.isEmpty()) && required) {
                error(column, ProblemCode.REQUIRED, "required");
                return null;
            }
            return value == null || value.isEmpty() ? null : value;
        }

        LocalDate date(String column) {
            Cell c = cell(column);
            try {
                if (c != null && c.getCellType() == CellType.NUMERIC) {
                    // an Excel date, whether or not the cell carries a date format
                    return DateUtil.getLocalDateTime(c.getNumericCellValue()).toLocalDate();
                }
                String text = text(column, true);
                return text == null ? null : TextInput.date(text);
            } catch (RuntimeException e) {
                error(column, ProblemCode.NOT_A_DATE, "not a date (YYYY-MM-DD or an Excel date)");
                return null;
            }
        }

        BigDecimal number(String column) {
            Cell c = cell(column);
            if (c != null && c.getCellType() == CellType.NUMERIC) {
                return BigDecimal.valueOf(c.getNumericCellValue());
            }
            String text = text(column, true);
            try {
                return text == null ? null : new BigDecimal(text.replace(" ", ""));
            } catch (NumberFormatException e) {
                error(column, ProblemCode.NOT_A_NUMBER, "'" + text + "' is not a number");
                return null;
            }
        }

        AidKind kind() {
            String text = text("kind", true);
            try {
                return text == null ? null : AidKind.valueOf(text);
            } catch (IllegalArgumentException e) {
                error("kind", ProblemCode.NOT_ONE_OF, "'" + text + "' is not one of " + List.of(AidKind.values()),
                        List.of(AidKind.values()));
                return null;
            }
        }

        Long ngo() {
            String name = text("ngoName", true);
            if (name == null) {
                return null;
            }
            Optional<Ngo> ngo = Ngo.<Ngo>find("name = ?1 or nameVi = ?1", name).firstResultOptional();
            if (ngo.isEmpty()) {
                error("ngoName", ProblemCode.UNKNOWN_NGO_NAME, "no foreign NGO is named " + name, name);
                return null;
            }
            return ngo.get().id;
        }

        List<String> list(String column) {
            String text = text(column, true);
            return text == null ? List.of() : Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        List<ProposalInput.SectorShareInput> sectors() {
            List<ProposalInput.SectorShareInput> shares = new ArrayList<>();
            for (String part : list("sectors")) {
                String[] codeShare = part.split(":");
                try {
                    shares.add(new ProposalInput.SectorShareInput(codeShare[0].strip(),
                            codeShare.length > 1 ? new BigDecimal(codeShare[1].strip()) : new BigDecimal("100")));
                } catch (NumberFormatException e) {
                    error("sectors", ProblemCode.NOT_CODE_SHARE, "'" + part + "' is not code:share", part);
                }
            }
            return shares;
        }
    }
}
