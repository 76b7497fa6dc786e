package vn.vientro.reference.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A government decision for one day, entered by the administrator ({@link HolidayKind#DECIDED}): an extra day off,
 * the day fixed for Tết or National Day, or, with {@code dayOff} false, a day to be worked (a swap). It wins over
 * the days {@link PublicHolidays} computes (see {@link HolidayYear}).
 */
@Entity
@Table(name = "holiday")
public class Holiday extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @NotNull
    @Column(name = "holiday_date")
    public LocalDate day;

    @NotBlank @Size(max = 200)
    @Column(name = "name_vi")
    public String nameVi;

    @Size(max = 200)
    @Column(name = "name_en")
    public String nameEn;

    /** False: the day is worked although the law's default or the weekend would make it a day off. */
    @Column(name = "day_off")
    public boolean dayOff = true;
}
