package vn.vientro.common.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One bad cell of an all-or-nothing import: the sheet (absent for a CSV file), the row or line number as the person
 * sees it (1 is the header), the column, and what is wrong. Every import answers with the same shape.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportError(String sheet, int row, String column, String message) {

    /** A row of a CSV file, which has no sheets. */
    public static ImportError atLine(int line, String column, String message) {
        return new ImportError(null, line, column, message);
    }

    /** Refuses the whole import, listing every error under {@code errors}. */
    public static DomainException refused(List<ImportError> errors) {
        return DomainException.invalid(errors.size() + " error(s); nothing was imported", "errors", errors);
    }
}
