package vn.vientro.common.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * One bad cell of an all-or-nothing import: the sheet (absent for a CSV file), the row or line number as the person
 * sees it (1 is the header), the column, the code of what is wrong with the values its message needs (as a violation's),
 * and a readable English message. Every import answers with the same shape.
 */
public record ImportError(@JsonInclude(JsonInclude.Include.NON_NULL) String sheet, int row, String column, String code,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> values, String message) {

    public ImportError(String sheet, int row, String column, ProblemCode code, Map<String, Object> values, String message) {
        this(sheet, row, column, code.id(), values, message);
    }

    /** A row of a CSV file, which has no sheets. */
    public static ImportError atLine(int line, String column, ProblemCode code, String message, Object... values) {
        return new ImportError(null, line, column, code, code.valuesOf(values), message);
    }

    /** Refuses the whole import, listing every error under {@code errors}. */
    public static DomainException refused(List<ImportError> errors) {
        return DomainException.rejected(errors.size() + " error(s); nothing was imported", "errors", errors);
    }
}
