package vn.vientro.iati.domain;

import vn.vientro.proposal.domain.ProposalStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One project as an IATI 2.03 {@code iati-activity}: only what the standard can express, with its codes already
 * chosen, so the writer only writes. Texts may be null where the project has none (an English title, a donor's
 * registered identifier); the writer then leaves them out.
 */
public record IatiActivity(String identifier, Instant lastUpdated, String currency, boolean humanitarian,
                           String titleVi, String titleEn, String descriptionVi, String descriptionEn, List<Org> participants,
                           Status status, List<ActivityDate> dates, List<Location> locations, List<SectorPart> sectors,
                           List<Budget> budgets, List<Transaction> transactions) {

    /** IATI OrganisationRole. */
    public enum Role {
        FUNDING("1"), ACCOUNTABLE("2"), EXTENDING("3"), IMPLEMENTING("4");

        public final String code;

        Role(String code) {
            this.code = code;
        }
    }

    /** An organisation by its IATI identifier ({@code ref}, null when it has none) and its names. */
    public record Org(Role role, String ref, String type, String nameVi, String nameEn) {
    }

    /**
     * IATI ActivityStatus as a project's state gives it: approved but not started is still in the pipeline (1); started
     * (a start confirmed or a disbursement) is implementation (2), finalisation (3) once its planned end has passed
     * while its completion report is awaited; closed after the completion report is closed (4); revoked is cancelled (5).
     */
    public enum Status {
        PIPELINE("1"), IMPLEMENTATION("2"), FINALISATION("3"), CLOSED("4"), CANCELLED("5");

        public final String code;

        Status(String code) {
            this.code = code;
        }

        public static Status of(ProposalStatus status, boolean started, boolean plannedEndPassed) {
            return switch (status) {
                case REVOKED -> CANCELLED;
                case CLOSED -> CLOSED;
                case APPROVED -> !started ? PIPELINE : plannedEndPassed ? FINALISATION : IMPLEMENTATION;
                default -> throw new IllegalArgumentException(status + " is not a project");
            };
        }
    }

    /** IATI ActivityDateType. */
    public enum DateType {
        PLANNED_START("1"), ACTUAL_START("2"), PLANNED_END("3"), ACTUAL_END("4");

        public final String code;

        DateType(String code) {
            this.code = code;
        }
    }

    public record ActivityDate(DateType type, LocalDate date) {
    }

    /** An administrative unit the project works in, by our code (the national statistics office's) and name. */
    public record Location(String code, String name) {
    }

    /** An OECD DAC CRS 5-digit purpose code (sector vocabulary 1) and its share of the project in percent. */
    public record SectorPart(String crsCode, BigDecimal percentage, String nameVi, String nameEn) {
    }

    /** IATI BudgetType: 1 original, 2 revised; always committed (BudgetStatus 2), the approval being a commitment. */
    public record Budget(boolean revised, LocalDate periodStart, LocalDate periodEnd, BigDecimal value, LocalDate valueDate) {
    }

    /** IATI TransactionType. */
    public enum TransactionType {
        COMMITMENT("2"), DISBURSEMENT("3");

        public final String code;

        TransactionType(String code) {
            this.code = code;
        }
    }

    /** {@code ref} (the decision's number, the ledger's reference) may be null. */
    public record Transaction(TransactionType type, String ref, LocalDate date, BigDecimal value, String currency) {
    }
}
