package vn.vientro.project.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import vn.vientro.project.service.ProjectLifecycle;
import vn.vientro.workflow.ProcessVariables;

import java.time.LocalDate;

/** The watchdog's revocation end: the approver's decision, entered at decideRevocation, revokes the project. */
@ApplicationScoped
@Named("projectRevocation")
public class ProjectRevocationListener implements ExecutionListener {

    @Inject
    ProjectLifecycle lifecycle;

    @Override
    public void notify(DelegateExecution execution) {
        lifecycle.revoke(((Number) execution.getVariable(ProcessVariables.PROPOSAL_ID)).longValue(),
                (String) execution.getVariable("decisionNumber"),
                LocalDate.parse((String) execution.getVariable("decisionDate")),
                (String) execution.getVariable("reason"),
                (String) execution.getVariable(ProcessVariables.completedByOf("decideRevocation")));
    }
}
