package vn.vientro.report.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.vientro.report.service.MinistryReports;
import vn.vientro.workflow.ProcessVariables;

import java.time.LocalDate;

/** The sendAnnualReport step: records its due time when created, and how and when the report went when completed. */
@ApplicationScoped
@Named("ministryReportTask")
public class MinistryReportTaskListener implements TaskListener {

    @Inject
    MinistryReports reports;

    @Override
    public void notify(DelegateTask task) {
        int year = ((Number) task.getVariable(CamundaMinistryReportProcess.REPORT_YEAR)).intValue();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            reports.due(year, task.getDueDate() == null ? null : task.getDueDate().toInstant());
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            reports.sent(year, LocalDate.parse(String.valueOf(task.getVariable("sentOn"))), (String) task.getVariable("sentVia"),
                    // who answered in the inbox; whoever holds the task when it is completed some other way
                    task.getVariableLocal(ProcessVariables.COMPLETED_BY) instanceof String by ? by : task.getAssignee());
        }
    }
}
