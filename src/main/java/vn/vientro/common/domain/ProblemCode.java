package vn.vientro.common.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every code the API answers with: a problem's {@code code}, a violation's, an import error's. Clients translate
 * by it (the web pages' {@code problem.<code>} messages in {@code app/i18n/vi.json} and {@code en.json}), so each
 * names the values its message needs, and {@link #valuesOf} fills them in that order: dates as {@code yyyy-MM-dd}, numbers
 * as numbers, lists as lists. Codes are written only through this type; {@code ProblemCodeRegistryTest} fails on a code
 * written any other way, and on a code without a message in either language.
 */
public enum ProblemCode {

    // A problem as a whole, by its status, when nothing more precise is known.
    INVALID_INPUT("invalid-input"),
    UNAUTHENTICATED("unauthenticated"),
    FORBIDDEN("forbidden"),
    NOT_FOUND("not-found"),
    METHOD_NOT_ALLOWED("method-not-allowed"),
    NOT_ACCEPTABLE("not-acceptable"),
    CONFLICT("conflict"),
    TOO_LARGE("too-large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type"),
    UNPROCESSABLE("unprocessable"),
    TOO_MANY_REQUESTS("too-many-requests"),
    INTERNAL_ERROR("internal-error"),
    UNAVAILABLE("unavailable"),
    ERROR("error"),
    DATABASE_UNAVAILABLE("database-unavailable"),

    // Refusals of an action (403, 409, 413, 415, 422).
    NOT_OWNER("not-owner"),
    NOT_VISIBLE("not-visible"),
    NOT_YOUR_TASK("not-your-task"),
    SUBMITTER_MAY_NOT_DECIDE("submitter-may-not-decide"),
    STALE_VERSION("stale-version"),
    CONCURRENT_CHANGE("concurrent-change"),
    TASK_CLAIMED("task-claimed", "assignee"),
    NOT_CLAIMED_BY_YOU("not-claimed-by-you"),
    ASSIGNED_BY_PROCESS("assigned-by-process"),
    TASK_COMPLETED("task-completed"),
    NOT_EDITABLE("not-editable"),
    NOT_DRAFT("not-draft"),
    NOT_A_PROJECT("not-a-project"),
    PROJECT_REVOKED("project-revoked", "date"),
    PROJECT_CLOSED("project-closed", "date"),
    ALREADY_REVERSED("already-reversed"),
    REVERSAL_NOT_REVERSIBLE("reversal-not-reversible"),
    AMENDMENT_PENDING("amendment-pending"),
    USERNAME_TAKEN("username-taken", "username"),
    DUPLICATE_OR_IN_USE("duplicate-or-in-use"),
    FILE_TOO_LARGE("file-too-large", "size", "max"),
    FILE_TYPE_NOT_ACCEPTED("file-type-not-accepted", "type"),
    CONTENT_NOT_AS_DECLARED("content-not-as-declared", "type"),
    MISSING_RATES("missing-rates"),
    DOCUMENT_NOT_DUE("document-not-due"),
    MISSING_FIELDS("missing-fields"),
    NOT_APPROVED("not-approved"),

    // Input of any endpoint: the shape of the body or parameter, and bean validation's constraints.
    REQUIRED("required"),
    WRONG_TYPE("wrong-type"),
    MALFORMED_JSON("malformed-json"),
    INCOMPLETE_BODY("incomplete-body"),
    CONTROL_CHARACTER("control-character"),
    INVALID("invalid"),
    FORMAT("format"),
    LENGTH("length", "max"),
    TOO_SHORT("too-short", "min"),
    AT_LEAST("at-least", "min"),
    AT_MOST("at-most", "max"),
    ABOVE("above", "min"),
    BELOW("below", "max"),
    BETWEEN("between", "min", "max"),
    DIGITS("digits", "integer", "fraction"),
    OUT_OF_RANGE("out-of-range"),
    EMPTY_FILE("empty"),
    EMAIL("email"),
    // Formats named by a constraint's message template, e.g. @Pattern(message = "{crs-code}") (ValidationMessages.properties).
    CRS_CODE("crs-code"),
    CURRENCY_CODE("currency-code"),
    COUNTRY_CODE("country-code"),
    FOUR_DIGIT_YEAR("four-digit-year"),
    USERNAME_FORMAT("username-format"),
    UPPER_CODE("upper-code"),
    UPPER_CODE_DASH("upper-code-dash"),
    WORKFLOW_ROLES("workflow-roles"),
    LANGUAGE("language"),
    CERTIFICATE_PERIOD("certificate-period"),
    PASSWORD_LENGTH("password-length", "min", "max"),

    // Rules of the domain.
    PASSWORD_BLANK("password-blank"),
    PASSWORD_HAS_USERNAME("password-has-username"),
    PASSWORD_COMMON("password-common"),
    AGENCY_REQUIRED("agency-required"),
    UNKNOWN_ROLE("unknown-role", "role", "roles"),
    UNKNOWN_ORG_UNIT("unknown-org-unit", "code"),
    UNKNOWN_ADMIN_UNIT("unknown-admin-unit", "code"),
    ADMIN_UNIT_CEASED("admin-unit-ceased", "code", "name", "date"),
    UNKNOWN_NGO("unknown-ngo", "id"),
    UNKNOWN_NGO_NAME("unknown-ngo-name", "name"),
    CERTIFICATE_NOT_VALID("certificate-not-valid", "number", "from", "to", "date"),
    UNKNOWN_SECTOR("unknown-sector", "code"),
    LISTED_TWICE("listed-twice", "code"),
    SHARES_TOTAL("shares-total", "total"),
    END_BEFORE_START("end-before-start", "start"),
    UNKNOWN_CURRENCY("unknown-currency", "code", "accepted"),
    NOT_AN_OUTCOME("not-an-outcome", "outcome", "allowed"),
    NOT_ONE_OF("not-one-of", "allowed"),
    IN_FUTURE("in-future", "today"),
    BEFORE_SUBMISSION("before-submission", "date"),
    UNKNOWN_AGENCY("unknown-agency", "code"),
    NOT_CONSULTED_AGENCY("not-consulted-agency", "code", "name"),
    POSITIVE_AMOUNT("positive-amount", "decimals"),
    BEFORE_DECISION("before-decision", "date"),
    AFTER_GRACE_PERIOD("after-grace-period", "latest", "plannedEnd"),
    OVERRIDE_REASON_REQUIRED("override-reason-required", "total", "committed"),
    AMENDMENT_EMPTY("amendment-empty"),
    BEFORE_PLANNED_START("before-planned-start", "date"),
    RECIPIENT_TWICE("recipient-twice", "recipient"),
    RECIPIENT_MISSING("recipient-missing", "recipient"),
    REPORT_NOT_AWAITED("report-not-awaited", "state"),
    ATTACHMENT_SENT("attachment-sent", "report"),
    UNKNOWN_INDICATOR("unknown-indicator", "id"),
    INDICATOR_MISSING("indicator-missing", "name"),
    INDICATOR_REPORTED("indicator-reported", "name"),
    NO_SUCH_DAY("no-such-day", "month"),
    CURRENCY_TWICE("currency-twice", "currency"),
    INDICATOR_TWICE("indicator-twice", "name"),
    NOT_IN_FUTURE("not-in-future", "today"),

    // Imports (a workbook, a CSV file): the file, and each bad cell.
    NOT_A_WORKBOOK("not-a-workbook"),
    MISSING_SHEETS("missing-sheets", "sheets"),
    REF_TWICE("ref-twice", "ref"),
    UNKNOWN_REF("unknown-ref", "ref"),
    NOT_A_DATE("not-a-date"),
    NOT_A_NUMBER("not-a-number"),
    NOT_CODE_SHARE("not-code-share", "text"),
    POSITIVE_WHOLE_NUMBER("positive-whole-number"),
    NO_DATA_LINES("no-data-lines");

    /** A code with the values of one occurrence. */
    public record Coded(ProblemCode code, Map<String, Object> values) {
    }

    private final String id;
    private final List<String> valueNames;

    ProblemCode(String id, String... valueNames) {
        this.id = id;
        this.valueNames = List.of(valueNames);
    }

    /** The code as clients read it, e.g. {@code before-submission}. */
    public String id() {
        return id;
    }

    /** The names of the values a message of this code needs, in order. */
    public List<String> valueNames() {
        return valueNames;
    }

    /** The code of a client-facing id, if it is one. */
    public static Optional<ProblemCode> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    /**
     * The values by name, given in the order of {@link #valueNames()}; written as JSON reads them: dates as ISO text,
     * decimals without an exponent, lists as lists, enums by name.
     */
    public Map<String, Object> valuesOf(Object... given) {
        if (given.length != valueNames.size()) {
            throw new IllegalArgumentException(id + " takes the values " + valueNames + ", not " + given.length);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < given.length; i++) {
            values.put(valueNames.get(i), plain(given[i]));
        }
        return values;
    }

    /** This code with its values, given in the order of {@link #valueNames()}. */
    public Coded with(Object... given) {
        return new Coded(this, valuesOf(given));
    }

    /** The values this code names, taken from {@code available} (e.g. a constraint's attributes). */
    public Map<String, Object> pick(Map<String, Object> available) {
        return valuesOf(valueNames.stream().map(name -> {
            if (!available.containsKey(name)) {
                throw new IllegalArgumentException(id + " needs the value " + name + ", not among " + available.keySet());
            }
            return available.get(name);
        }).toArray());
    }

    private static Object plain(Object value) {
        if (value instanceof LocalDate || value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof BigDecimal decimal) {
            return new BigDecimal(decimal.stripTrailingZeros().toPlainString());
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(ProblemCode::plain).toList();
        }
        return value;
    }
}
