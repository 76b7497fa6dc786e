package vn.vientro.reference.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import jakarta.validation.constraints.*;

import java.time.LocalDate;

/** A foreign NGO and the registration certificate that lets it work in the province. */
@Entity
@Table(name = "ngo")
public class Ngo extends PanacheEntityBase {

    public enum CertificateKind { OPERATION, PROJECT_OFFICE, REPRESENTATIVE_OFFICE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Name in the original language. */
    @NotBlank @Size(max = 300)
    public String name;

    @NotBlank @Size(max = 300)
    @Column(name = "name_vi")
    public String nameVi;

    /** ISO 3166-1 alpha-2. */
    @NotNull @Pattern(regexp = "[A-Z]{2}", message = "{country-code}")
    public String country;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "cert_kind")
    public CertificateKind certKind;

    @NotBlank @Size(max = 60)
    @Column(name = "cert_number")
    public String certNumber;

    @NotBlank @Size(max = 300)
    @Column(name = "cert_issuer")
    public String certIssuer;

    @NotNull
    @Column(name = "cert_valid_from")
    public LocalDate certValidFrom;

    @NotNull
    @Column(name = "cert_valid_to")
    public LocalDate certValidTo;

    @Size(max = 200)
    @Column(name = "contact_person")
    public String contactPerson;

    @Email @Size(max = 200)
    @Column(name = "contact_email")
    public String contactEmail;

    @Size(max = 40)
    @Column(name = "contact_phone")
    public String contactPhone;

    @Size(max = 500)
    public String address;

    @Version
    public long version;

    @AssertTrue(message = "{certificate-period}")
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    public boolean isCertPeriodValid() {
        return certValidFrom == null || certValidTo == null || !certValidTo.isBefore(certValidFrom);
    }

    public boolean certificateValidOn(LocalDate day) {
        return !day.isBefore(certValidFrom) && !day.isAfter(certValidTo);
    }
}
