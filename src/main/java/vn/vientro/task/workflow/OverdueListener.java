package vn.vientro.task.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import vn.vientro.proposal.workflow.ProcessVariables;
import vn.vientro.task.service.EscalationService;

/**
 * Runs when a task's non-interrupting overdue timer fires: records an escalation for the open task the
 * timer is attached to. The task itself stays where it is.
 */
@ApplicationScoped
@Named("overdueRecorder")
public class OverdueListener implements ExecutionListener {

    @Inject
    TaskService tasks;

    @Inject
    EscalationService escalations;

    @Override
    public void notify(DelegateExecution execution) {
        BoundaryEvent timer = (BoundaryEvent) execution.getBpmnModelElementInstance();
        String taskKey = timer.getAttachedTo().getId();
        long proposalId = ((Number) execution.getVariable(ProcessVariables.PROPOSAL_ID)).longValue();
        tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey).list()
                .forEach(t -> escalations.escalate(proposalId, t.getId(), taskKey,
                        t.getDueDate() == null ? null : t.getDueDate().toInstant()));
    }
}
