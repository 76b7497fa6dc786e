package vn.vientro.proposal.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import vn.vientro.proposal.domain.ProposalStatus;
import vn.vientro.proposal.service.ProposalProgress;
import vn.vientro.workflow.StepDefinitions;

import java.time.LocalDate;
import vn.vientro.workflow.ProcessVariables;

/**
 * Copies the status a BPMN element declares ({@code status} property) to the proposal row, in the
 * engine's transaction. On a task it runs at creation; on an end event it also records the decision.
 */
@ApplicationScoped
@Named("proposalStatus")
public class ProposalStatusListener implements TaskListener, ExecutionListener {

    @Inject
    ProposalProgress proposals;

    @Override
    public void notify(DelegateTask task) {
        apply(task.getBpmnModelElementInstance(), task);
    }

    @Override
    public void notify(DelegateExecution execution) {
        apply(execution.getBpmnModelElementInstance(), execution);
    }

    private void apply(BaseElement element, VariableScope variables) {
        String declared = StepDefinitions.properties(element).get("status");
        if (declared == null) {
            throw new IllegalStateException("BPMN element " + element.getId() + " has no 'status' property");
        }
        ProposalStatus status = ProposalStatus.valueOf(declared);
        long id = ((Number) variables.getVariable(ProcessVariables.PROPOSAL_ID)).longValue();
        switch (status) {
            case APPROVED -> proposals.approved(id, (String) variables.getVariable("decisionNumber"),
                    toLocalDate(variables.getVariable("decisionDate")), (String) variables.getVariable("decisionSigner"));
            case REJECTED -> proposals.closed(id, status, (String) variables.getVariable("rejectionReason"));
            case WITHDRAWN -> proposals.closed(id, status, (String) variables.getVariable("withdrawalReason"));
            default -> proposals.moveTo(id, status);
        }
    }

    /** Date fields travel as ISO-8601 strings (validated when the task was completed). */
    private static LocalDate toLocalDate(Object value) {
        return value == null ? null : LocalDate.parse(value.toString());
    }
}
