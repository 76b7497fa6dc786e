package vn.vientro.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;

/**
 * Runs when a task's non-interrupting overdue timer fires (every process uses it): announces a {@link StepOverdue}
 * for the open task the timer is attached to, inside the timer job's transaction. The task itself stays where it is;
 * what an overdue step means (an escalation in the inbox and the timeline) is decided by whoever observes it.
 */
@ApplicationScoped
@Named("overdueRecorder")
public class OverdueListener implements ExecutionListener {

    @Inject
    TaskService tasks;

    @Inject
    Event<StepOverdue> overdue;

    @Override
    public void notify(DelegateExecution execution) {
        BoundaryEvent timer = (BoundaryEvent) execution.getBpmnModelElementInstance();
        String taskKey = timer.getAttachedTo().getId();
        Long proposalId = execution.getVariable(ProcessVariables.PROPOSAL_ID) instanceof Number id ? id.longValue() : null;
        tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey).list()
                .forEach(t -> overdue.fire(new StepOverdue(proposalId, t.getId(), taskKey,
                        t.getDueDate() == null ? null : t.getDueDate().toInstant())));
    }
}
