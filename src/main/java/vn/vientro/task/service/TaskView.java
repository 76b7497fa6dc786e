package vn.vientro.task.service;

import vn.vientro.proposal.domain.AidKind;
import vn.vientro.proposal.domain.ProposalStatus;
import vn.vientro.proposal.service.StepRecord;
import vn.vientro.workflow.StepDefinition;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A task in someone's inbox, with what they may answer and the proposal it is about. {@code editsProposal}:
 * the step lets the proposal's owner edit it while the task is open (the BPMN's {@code editsProposal}).
 * {@code earlier}: what the earlier steps the task declares it shows ({@code shows}) recorded, in the declared
 * order of the steps and oldest first within one; given by the read of one task, empty in the inbox's list. A
 * dispatches field's {@code options} are, on the read of one task, the recipients its process names, in that order;
 * in the inbox's list, every recipient the step labels.
 * A task about no proposal (the annual report to the ministry) has {@code proposal} null and its {@code subject}
 * instead; {@code downloads} are the documents its step declares, their paths filled in with the process's values.
 * {@code reportObligationId}: the aid owner's report obligation a reporting step is about (its report is shown).
 * {@code deadline}: the time limit behind {@code dueAt} as its decision table gives it (days, unit, article), on the
 * read of one task of a step that declares one; null in the inbox's list.
 */
public record TaskView(String id, String key, String nameVi, String nameEn, String assignee, Instant createdAt,
                       Instant dueAt, boolean overdue, Instant escalatedAt, boolean editsProposal, boolean shared,
                       List<OutcomeView> outcomes, ProposalRef proposal, StepDefinition.Subject subject,
                       List<StepDefinition.Download> downloads, List<StepRecord> earlier, Long reportObligationId,
                       DeadlineView deadline) {

    TaskView withEarlier(List<StepRecord> records) {
        return new TaskView(id, key, nameVi, nameEn, assignee, createdAt, dueAt, overdue, escalatedAt, editsProposal,
                shared, outcomes, proposal, subject, downloads, records, reportObligationId, deadline);
    }

    TaskView withOutcomes(List<OutcomeView> answers) {
        return new TaskView(id, key, nameVi, nameEn, assignee, createdAt, dueAt, overdue, escalatedAt, editsProposal,
                shared, answers, proposal, subject, downloads, earlier, reportObligationId, deadline);
    }

    TaskView withDeadline(DeadlineView limit) {
        return new TaskView(id, key, nameVi, nameEn, assignee, createdAt, dueAt, overdue, escalatedAt, editsProposal,
                shared, outcomes, proposal, subject, downloads, earlier, reportObligationId, limit);
    }

    /**
     * A step's time limit: {@code days} counted in {@code unit} ({@code WORKING_DAYS} or {@code DAYS}), and the article it
     * comes from ({@code basis}, e.g. "Điều 10 khoản 6 Nghị định 80/2020/NĐ-CP"), null for an internal time limit.
     */
    public record DeadlineView(Long days, String unit, String basis) {
    }

    /** A step a person may find in their inbox, for the inbox's filter. */
    public record StepView(String key, String nameVi, String nameEn) {
    }

    public record OutcomeView(String id, String labelVi, String labelEn, List<StepDefinition.Field> fields) {
    }

    /** The proposal a task is about; its donor by its Vietnamese name and by its own, which a reader of English is shown. */
    public record ProposalRef(long id, AidKind kind, String titleVi, String titleEn, String ngoNameVi, String ngoName,
                              BigDecimal committedAmount, String currency, ProposalStatus status, String owner) {
    }
}
