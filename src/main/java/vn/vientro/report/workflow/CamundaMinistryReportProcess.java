package vn.vientro.report.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import vn.vientro.report.service.MinistryReportProcess;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Starts the {@code annualMinistryReport} process; the business key is {@code ministry-report:<year>}. */
@ApplicationScoped
public class CamundaMinistryReportProcess implements MinistryReportProcess {

    public static final String PROCESS_KEY = "annualMinistryReport";
    /** The year a process instance reports on. */
    public static final String REPORT_YEAR = "reportYear";
    /** The timer start event. */
    static final String YEAR_ENDED = "yearEnded";
    /** The officers' step that sends the report. */
    static final String SEND_REPORT = "sendAnnualReport";

    @Inject
    RuntimeService runtime;

    @Inject
    RepositoryService repository;

    @Inject
    ManagementService management;

    @Inject
    TaskService tasks;

    @Override
    public void start(int year) {
        runtime.createProcessInstanceByKey(PROCESS_KEY).businessKey("ministry-report:" + year)
                .setVariable(REPORT_YEAR, year).execute();
    }

    @Override
    public Optional<Instant> nextStart() {
        var latest = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).latestVersion().singleResult();
        if (latest == null) {
            return Optional.empty();
        }
        // the timer start job of the latest version (a new version replaces the earlier one's, so there is one),
        // not the overdue timers of its open tasks
        var job = management.createJobQuery().processDefinitionId(latest.getId()).activityId(YEAR_ENDED).timers().singleResult();
        return job == null || job.getDuedate() == null ? Optional.empty() : Optional.of(job.getDuedate().toInstant());
    }

    @Override
    public Map<String, String> openTasks() {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).taskDefinitionKey(SEND_REPORT).active().list()
                .stream().collect(Collectors.toMap(Task::getProcessInstanceId, Task::getId, (a, b) -> a));
    }
}
