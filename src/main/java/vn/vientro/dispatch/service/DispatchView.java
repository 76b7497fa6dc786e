package vn.vientro.dispatch.service;

import vn.vientro.proposal.domain.ProposalStatus;
import vn.vientro.workflow.Dispatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The sending of a proposal's decision: which decision, the open step's due date while it is being sent (with its
 * overdue flag), and to whom it was sent, when and how. {@code decision} is null before the proposal is decided.
 */
public record DispatchView(ProposalStatus decision, LocalDate decidedOn, String taskId, Instant dueAt, boolean overdue,
                           List<Line> lines) {

    public record Line(String recipient, String recipientLabelVi, String recipientLabelEn, Dispatch.Method method,
                       LocalDate sentOn, Instant recordedAt) {
    }
}
