package vn.vientro.dispatch.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.vientro.dispatch.service.DispatchService;
import vn.vientro.workflow.Dispatch;
import vn.vientro.workflow.ProcessVariables;
import vn.vientro.workflow.StepDefinition;
import vn.vientro.workflow.StepDefinitions;

/**
 * Runs as the send-the-decision step completes: stores each dispatches field the chosen outcome declares (checked by
 * the completion, set as a process variable just before) in the engine's transaction.
 */
@ApplicationScoped
@Named("dispatchRecorder")
public class DispatchRecorder implements TaskListener {

    @Inject
    DispatchService dispatches;

    @Inject
    StepDefinitions steps;

    @Override
    public void notify(DelegateTask task) {
        StepDefinition step = steps.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
        Object outcome = task.getVariable(ProcessVariables.outcomeOf(step.key()));
        long proposalId = ((Number) task.getVariable(ProcessVariables.PROPOSAL_ID)).longValue();
        step.fieldsFor(String.valueOf(outcome)).stream().filter(f -> f.type() == StepDefinition.FieldType.DISPATCHES)
                .forEach(field -> dispatches.sent(proposalId, task.getId(),
                        Dispatch.decode((String) task.getVariable(field.name())), field));
    }
}
