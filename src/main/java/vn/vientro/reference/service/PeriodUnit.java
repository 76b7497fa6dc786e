package vn.vientro.reference.service;

/**
 * How a time limit is counted, as the article that sets it writes it: "ngày làm việc" (working days) or "ngày" (days).
 * A decision table gives it by name ({@code WORKING_DAYS}, {@code DAYS}) next to the number of days.
 */
public enum PeriodUnit {
    /** Ngày làm việc: weekends and days off are not counted. */
    WORKING_DAYS,
    /**
     * Ngày: every day is counted from the day after the start (Civil Code 2015 Art. 147(1)); when the last day is a
     * weekend day or a day off, the period ends at the close of the next working day (Art. 148(5)).
     */
    DAYS;

    /** The unit a decision table names; working days when it names none (the tables before units were added). */
    public static PeriodUnit of(Object name) {
        return name == null || name.toString().isBlank() ? WORKING_DAYS : valueOf(name.toString().strip());
    }
}
