package vn.vientro.reference.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A public holiday (a day off that is not a weekend day), kept as data: Tết moves every year. */
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
}
