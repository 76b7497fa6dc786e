package vn.vientro.reporting.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.vientro.reporting.service.AidReports;
import vn.vientro.workflow.ProcessVariables;

/** Runs when the officer completes {@code reviewReport}: records the outcome on the report and the obligation. */
@ApplicationScoped
@Named("reportReview")
public class ReportReviewListener implements TaskListener {

    @Inject
    AidReports reports;

    @Override
    public void notify(DelegateTask task) {
        long obligationId = ((Number) task.getVariable(CamundaReportProcess.OBLIGATION_ID)).longValue();
        reports.reviewed(obligationId, (String) task.getVariable(ProcessVariables.outcomeOf(task.getTaskDefinitionKey())),
                (String) task.getVariable("correction"), (String) task.getVariableLocal(ProcessVariables.COMPLETED_BY));
    }
}
