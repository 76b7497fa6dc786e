package vn.vientro.reporting.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import vn.vientro.common.ProvinceZone;
import vn.vientro.reference.service.WorkingDayCalendar;
import vn.vientro.reporting.domain.ReportObligation;
import vn.vientro.reporting.domain.ReportingRule;
import vn.vientro.reporting.service.ReportProcess;
import vn.vientro.workflow.ProcessVariables;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** Starts and steers the {@code aidReport} process of one report obligation; the business key is {@code report:<id>}. */
@ApplicationScoped
public class CamundaReportProcess implements ReportProcess {

    public static final String PROCESS_KEY = "aidReport";
    static final String OBLIGATION_ID = "obligationId";
    static final String AID_OWNER_GROUP = "aidOwnerGroup";
    /** The due date at 00:00 in the province; the BPMN moves it to the close of that day (or the next working day). */
    static final String REPORT_DUE = "reportDue";
    static final String REPORT_ID = "reportId";
    static final String SUBMIT = "submitReport";
    static final String CORRECT = "correctReport";
    static final String CHASE = "chaseReport";
    static final String REMINDER = "submitReportReminder";
    static final String OVERDUE = "submitReportOverdue";

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    ManagementService management;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    @ProvinceZone
    ZoneId zone;

    @Override
    public String start(ReportObligation o, ReportingRule rule, String aidOwnerGroup) {
        Map<String, Object> variables = new HashMap<>(days(rule));
        variables.put(ProcessVariables.PROPOSAL_ID, o.projectId);   // the inbox and the overdue recorder read it
        variables.put(OBLIGATION_ID, o.id);
        variables.put(AID_OWNER_GROUP, aidOwnerGroup);
        variables.put(REPORT_DUE, reportDue(o));
        return runtime.createProcessInstanceByKey(PROCESS_KEY).businessKey("report:" + o.id)
                .setVariables(variables).execute().getId();
    }

    @Override
    public void reportSubmitted(ReportObligation o, long reportId, String by) {
        Task waiting = tasks.createTaskQuery().processInstanceId(o.processInstanceId)
                .taskDefinitionKeyIn(SUBMIT, CORRECT).singleResult();
        if (waiting == null) {
            throw new IllegalStateException("Report obligation " + o.id + " awaits a report but its process waits for none");
        }
        if (tasks.createTaskQuery().processInstanceId(o.processInstanceId).taskDefinitionKey(CHASE).count() > 0) {
            // The report came in: chasing the aid owner for it is moot.
            runtime.createProcessInstanceModification(o.processInstanceId).cancelAllForActivity(CHASE).execute();
        }
        tasks.setVariableLocal(waiting.getId(), ProcessVariables.COMPLETED_BY, by);
        tasks.complete(waiting.getId(), Map.of(REPORT_ID, reportId));
    }

    @Override
    public void rescheduled(ReportObligation o, ReportingRule rule) {
        Date due = reportDue(o);
        runtime.setVariables(o.processInstanceId, days(rule));
        runtime.setVariable(o.processInstanceId, REPORT_DUE, due);
        Instant closing = calendar.dueAfter(due.toInstant(), 0);
        tasks.createTaskQuery().processInstanceId(o.processInstanceId).taskDefinitionKey(SUBMIT).list().forEach(t -> {
            t.setDueDate(Date.from(closing));
            tasks.saveTask(t);
        });
        management.createJobQuery().processInstanceId(o.processInstanceId).activityId(OVERDUE).list()
                .forEach(job -> management.setJobDuedate(job.getId(), Date.from(closing)));
        Date reminder = Date.from(calendar.dueBefore(due.toInstant(), rule.reminderDays));
        management.createJobQuery().processInstanceId(o.processInstanceId).activityId(REMINDER).list()
                .forEach(job -> management.setJobDuedate(job.getId(), reminder));
    }

    @Override
    public void cancel(ReportObligation o, String reason) {
        if (runtime.createProcessInstanceQuery().processInstanceId(o.processInstanceId).count() > 0) {
            // externally terminated: its tasks leave the inbox (their delete events) and its timers are gone
            runtime.deleteProcessInstance(o.processInstanceId, reason, false, true);
        }
    }

    private Date reportDue(ReportObligation o) {
        return Date.from(o.dueDate.atStartOfDay(zone).toInstant());
    }

    private static Map<String, Object> days(ReportingRule rule) {
        return Map.of("reminderDays", rule.reminderDays, "reviewDays", rule.reviewDays,
                "correctionDays", rule.correctionDays, "chaseDays", rule.chaseDays);
    }
}
