package vn.vientro.reference.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An agency (DoFA, DPI, PPC, a consulted department...) and the workflow roles it plays. Which agency
 * appraises or approves is data: a reorganisation edits these rows, not the code.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Also the engine's candidate group of the unit's consultees and aid owners, so it never clashes with a role name. */
    @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_-]{1,39}", message = "{upper-code-dash}")
    public String code;

    @NotBlank @Size(max = 300)
    @Column(name = "name_vi")
    public String nameVi;

    @Size(max = 300)
    @Column(name = "name_en")
    public String nameEn;

    @NotNull @Pattern(regexp = "((officer|appraiser|consultee|approver|aid-owner)(,(officer|appraiser|consultee|approver|aid-owner))*)?",
            message = "{workflow-roles}")
    @Column(name = "workflow_roles")
    public String workflowRoles;

    @NotNull
    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Version
    public long version;

    public static Optional<OrgUnit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    @JsonIgnore
    public Set<String> roles() {
        return Arrays.stream(workflowRoles.split(",")).map(String::trim).filter(r -> !r.isEmpty())
                .collect(Collectors.toSet());
    }

    @JsonIgnore
    public boolean plays(String role, LocalDate on) {
        return isValidOn(on) && roles().contains(role);
    }

    @JsonIgnore
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
