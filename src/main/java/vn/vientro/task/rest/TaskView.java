package vn.vientro.task.rest;

import vn.vientro.proposal.domain.AidKind;
import vn.vientro.proposal.domain.ProposalStatus;
import vn.vientro.workflow.StepDefinition;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A task in someone's inbox, with what they may answer and the proposal it is about. */
public record TaskView(String id, String key, String nameVi, String nameEn, String assignee, Instant createdAt,
                       Instant dueAt, boolean overdue, Instant escalatedAt, List<OutcomeView> outcomes,
                       ProposalRef proposal) {

    public record OutcomeView(String id, String labelVi, String labelEn, List<StepDefinition.Field> fields) {
    }

    public record ProposalRef(long id, AidKind kind, String titleVi, String titleEn, String ngoNameVi,
                              BigDecimal committedAmount, String currency, ProposalStatus status, String owner) {
    }
}
