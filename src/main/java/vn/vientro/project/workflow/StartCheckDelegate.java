package vn.vientro.project.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.vientro.project.service.ProjectLifecycle;
import vn.vientro.workflow.ProcessVariables;

/** The watchdog's question when its timer fires, asked of the project's own tables: {@code started}. */
@ApplicationScoped
@Named("startCheck")
public class StartCheckDelegate implements JavaDelegate {

    @Inject
    ProjectLifecycle lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
        long projectId = ((Number) execution.getVariable(ProcessVariables.PROPOSAL_ID)).longValue();
        execution.setVariable("started", lifecycle.started(projectId));
    }
}
