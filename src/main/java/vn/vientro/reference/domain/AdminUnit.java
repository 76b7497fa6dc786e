package vn.vientro.reference.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Optional;

/** A province, district or commune. Units merge and split, so each carries the period it existed in. */
@Entity
@Table(name = "admin_unit")
public class AdminUnit extends PanacheEntityBase {

    public enum Level { PROVINCE, DISTRICT, COMMUNE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @NotBlank @Size(max = 20)
    public String code;

    @NotBlank @Size(max = 200)
    public String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    public Level level;

    @JsonIgnore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public AdminUnit parent;

    /** The parent's code on the wire, so clients never need our ids. */
    @Transient
    @JsonProperty("parentCode")
    public String parentCode;

    @NotNull
    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Version
    public long version;

    @PostLoad
    void exposeParentCode() {
        parentCode = parent == null ? null : parent.code;
    }

    public static Optional<AdminUnit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
