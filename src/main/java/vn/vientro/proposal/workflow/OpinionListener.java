package vn.vientro.proposal.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.vientro.proposal.service.OpinionService;
import vn.vientro.workflow.ProcessFunctions;

import java.util.Locale;
import vn.vientro.workflow.ProcessVariables;

/**
 * Keeps the opinion register in step with the {@code giveOpinion} tasks: a pending row when an agency
 * is asked, its answer when the task completes, and "no opinion" for every agency still silent when the
 * consultation deadline fires.
 */
@ApplicationScoped
@Named("opinionRecorder")
public class OpinionListener implements TaskListener, ExecutionListener {

    @Inject
    OpinionService opinions;

    @Override
    public void notify(DelegateTask task) {
        long proposalId = ((Number) task.getVariable(ProcessVariables.PROPOSAL_ID)).longValue();
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            // One instance per agency: the loop counter picks this instance's agency from the list chosen.
            String agency = ProcessFunctions.listItem((String) task.getVariable(ProcessVariables.AGENCIES),
                    ((Number) task.getVariable(ProcessVariables.LOOP_COUNTER)).longValue());
            task.setVariableLocal(ProcessVariables.AGENCY, agency);
            opinions.requested(proposalId, agency, task.getId(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant());
        } else {
            String outcome = (String) task.getVariableLocal(ProcessVariables.OUTCOME);
            opinions.answered(task.getId(), toConstant(outcome), (String) task.getVariableLocal(ProcessVariables.COMMENT),
                    (String) task.getVariableLocal(ProcessVariables.COMPLETED_BY));
        }
    }

    /** The consultation deadline fired: whoever has not answered is recorded as giving no opinion. */
    @Override
    public void notify(DelegateExecution execution) {
        opinions.deadlinePassed(((Number) execution.getVariable(ProcessVariables.PROPOSAL_ID)).longValue());
    }

    /** BPMN outcome ids are camelCase ({@code agreeWithConditions}); the register uses AGREE_WITH_CONDITIONS. */
    static String toConstant(String outcome) {
        return outcome.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
