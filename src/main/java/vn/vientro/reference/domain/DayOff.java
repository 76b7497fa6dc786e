package vn.vientro.reference.domain;

import java.time.LocalDate;

/** A public holiday computed by {@link PublicHolidays}: its day, the rule it comes from and its name. */
public record DayOff(LocalDate day, HolidayKind kind, String nameVi, String nameEn) {
}
