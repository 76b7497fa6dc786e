package vn.vientro.reporting.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import vn.vientro.reporting.service.AidReports;
import vn.vientro.workflow.StepDefinitions;

/** Runs when a report's reminder or overdue timer fires; the timer's {@code reportEvent} property says which. */
@ApplicationScoped
@Named("reportProgress")
public class ReportProgressListener implements ExecutionListener {

    @Inject
    AidReports reports;

    @Override
    public void notify(DelegateExecution execution) {
        long obligationId = ((Number) execution.getVariable(CamundaReportProcess.OBLIGATION_ID)).longValue();
        String event = StepDefinitions.properties(execution.getBpmnModelElementInstance()).get("reportEvent");
        switch (event) {
            case "REMINDED" -> reports.reminded(obligationId);
            case "OVERDUE" -> reports.overdue(obligationId);
            default -> throw new IllegalStateException("Unknown reportEvent " + event + " on "
                    + execution.getCurrentActivityId());
        }
    }
}
