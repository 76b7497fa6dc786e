package vn.vientro.reference.domain;

/** Why a day is off (or, for {@link #DECIDED}, worked): the rule it comes from. */
public enum HolidayKind {
    /** A fixed day of the solar calendar (Labour Code 2019, Art. 112(1)(a), (c), (d), (đ)). */
    FIXED,
    /** A day of the Vietnamese lunar calendar: Tết, the Hùng Kings' day (Art. 112(1)(b), (e)). */
    LUNAR,
    /** The next working day after a holiday that falls on a weekly rest day (Art. 111(3)). */
    COMPENSATORY,
    /** The government's decision for one year, entered by the administrator: it wins over the computed days. */
    DECIDED
}
