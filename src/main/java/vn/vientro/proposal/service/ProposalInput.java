package vn.vientro.proposal.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.*;
import vn.vientro.proposal.domain.AidKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What an officer types into a proposal. Cross-field rules (shares sum to 100, dates) are checked by the service. */
public record ProposalInput(
        @NotNull AidKind kind,
        @NotBlank @Size(max = 500) String titleVi,
        @Size(max = 500) String titleEn,
        @NotNull Long ngoId,
        @NotBlank @Size(max = 300) String aidOwner,
        @NotEmpty @Valid List<@NotNull SectorShareInput> sectors,
        @NotEmpty List<@NotBlank String> locations,
        @NotNull LocalDate plannedStart,
        @NotNull LocalDate plannedEnd,
        @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @Digits(integer = 17, fraction = 2) BigDecimal committedAmount,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "{currency-code}") String currency,
        @PositiveOrZero @Digits(integer = 19, fraction = 0) BigDecimal counterpartFundsVnd,
        @PositiveOrZero Integer beneficiaries,
        @Size(max = 8000) String description,
        /* the version read before editing; required on update */
        Long version) {

    public record SectorShareInput(
            @NotBlank String code,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            BigDecimal share) {
    }
}
