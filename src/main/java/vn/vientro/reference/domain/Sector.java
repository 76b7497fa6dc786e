package vn.vientro.reference.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Optional;

/** A field of aid, mapped to its OECD DAC CRS 5-digit purpose code (the IATI sector vocabulary). */
@Entity
@Table(name = "sector")
public class Sector extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{upper-code}")
    public String code;

    @NotBlank @Pattern(regexp = "\\d{5}", message = "{crs-code}")
    @Column(name = "crs_code")
    public String crsCode;

    @NotBlank @Size(max = 200)
    @Column(name = "name_vi")
    public String nameVi;

    @NotBlank @Size(max = 200)
    @Column(name = "name_en")
    public String nameEn;

    public static Optional<Sector> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
