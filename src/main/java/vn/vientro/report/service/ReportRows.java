package vn.vientro.report.service;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The rows the reports read, typed (JPQL constructor expressions fill them), so no calculation casts an array. */
public final class ReportRows {

    private ReportRows() {
    }

    /**
     * An approved project as the database holds it today (amount after every approved amendment); its donor by its
     * Vietnamese name and its own (the name a reader of English is given).
     */
    public record ApprovedProject(long id, String titleVi, String titleEn, String ngoNameVi, String ngoName, String ngoCountry,
                                  long ngoId, LocalDate decisionDate, LocalDate plannedEnd, BigDecimal committed,
                                  String currency) {
    }

    public record SectorShare(long projectId, String sectorCode, BigDecimal share) {
    }

    public record Location(long projectId, String unitCode) {
    }

    /** An amount of a project in its own currency on a day: a disbursement, or a commitment by decision date. */
    public record Amount(long projectId, LocalDate date, BigDecimal amount, String currency) {
    }

    /** An approved amendment's change of the committed amount, in the project's currency, on its decision date. */
    public record Change(long projectId, LocalDate date, BigDecimal delta) {
    }

    public record SectorName(String code, String crsCode, String nameVi, String nameEn) {
    }

    public record UnitName(String code, String name) {
    }

    public record UnitPopulation(String code, long population) {
    }

    public record Province(long id, String code) {
    }

    /** A population figure of a year for a province-level unit or a unit directly under one ({@code parentId}). */
    public record PopulationFigure(long unitId, Long parentId, String code, long population, String source) {
    }

    /** How many rows have the key, e.g. escalations per step. */
    public record Count(String key, long count) {
    }

    /** A user task finished in the report's year, with how long it took. */
    public record FinishedTask(String processDefinitionId, String taskKey, Long durationMillis) {
    }
}
