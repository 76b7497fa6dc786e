package vn.vientro.reporting.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vientro.support.TestClock;
import vn.vientro.workflow.ProcessTestEngine;
import vn.vientro.workflow.ProcessTestEngine.Recorder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * The aid-report BPMN alone (one report obligation), as Camunda's invoice example tests its process: who each step
 * goes to, the reminder and overdue timers at the due date, the officer's review with its correction loop. Listeners
 * are stand-ins that record their calls.
 * <p>
 * Dates are worked out by hand around Vietnam's National Day in 2031: Saturday 30 and Sunday 31 August, then the
 * holidays of Monday 1 and Tuesday 2 September, so the working days around them are Wed 27, Thu 28, Fri 29 Aug,
 * Wed 3, Thu 4, Fri 5, Mon 8 Sep. A deadline falls at 17:00.
 */
class AidReportProcessTest {

    private static final TestClock clock = ProcessTestEngine.CLOCK;
    private static final String UNIT = "CKVT-7";

    static ProcessEngine engine;
    static final Recorder overdue = new Recorder();
    static final Recorder progress = new Recorder();
    static final Recorder review = new Recorder();

    @BeforeAll
    static void startEngine() {
        engine = ProcessTestEngine.start(Map.of("overdueRecorder", overdue, "reportProgress", progress,
                "reportReview", review), "bpmn/aid-report.bpmn");
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @BeforeEach
    void setUp() {
        init(engine);
        List.of(overdue, progress, review).forEach(Recorder::clear);
    }

    @AfterEach
    void tearDown() {
        reset();
        clock.reset();
    }

    @Test
    void aReportInOnTimeIsRemindedOfReviewedAndAccepted() {
        clock.set(LocalDateTime.of(2031, 8, 1, 9, 0));
        // due Wednesday 3 September
        ProcessInstance pi = start(LocalDate.of(2031, 9, 3));
        assertThat(pi).isWaitingAt("submitReport").task().hasCandidateGroup(UNIT).isNotAssigned();
        assertThat(task(pi, "submitReport").getDueDate().toInstant()).isEqualTo(TestClock.closeOf(LocalDate.of(2031, 9, 3)));
        assertThat(timer(pi, "submitReportOverdue")).isEqualTo(TestClock.closeOf(LocalDate.of(2031, 9, 3)));
        // 3 working days before Wed 3 Sep: Fri 29 (1), Thu 28 (2), Wed 27 Aug (3); the holidays and the weekend skipped
        assertThat(timer(pi, "submitReportReminder")).isEqualTo(TestClock.closeOf(LocalDate.of(2031, 8, 27)));

        clock.set(LocalDateTime.of(2031, 8, 27, 17, 0));
        execute(job(pi, "submitReportReminder"));
        assertThat(progress.calls()).containsExactly("submitReportReminder");
        assertThat(pi).isWaitingAt("submitReport");
        assertThat(overdue.calls()).isEmpty();

        // The report comes in on Thursday 28 August: 5 working days of review, Fri 29 (1), Wed 3 (2), Thu 4 (3),
        // Fri 5 (4), Mon 8 September (5).
        clock.set(LocalDateTime.of(2031, 8, 28, 10, 0));
        complete(task(pi, "submitReport"));
        assertThat(pi).isWaitingAt("reviewReport").task().hasCandidateGroup("officer");
        assertThat(job(pi, "submitReportOverdue")).as("no overdue timer once the report is in").isNull();
        assertThat(task(pi, "reviewReport").getDueDate().toInstant()).isEqualTo(TestClock.closeOf(LocalDate.of(2031, 9, 8)));
        assertThat(timer(pi, "reviewReportOverdue")).isEqualTo(TestClock.closeOf(LocalDate.of(2031, 9, 8)));

        complete(task(pi, "reviewReport"), withVariables("reviewReportOutcome", "accept"));
        assertThat(review.calls()).containsExactly("reviewReport:complete");
        assertThat(pi).isEnded().hasPassed("reportAccepted").hasNotPassed("correctReport", "chaseReport");
    }

    @Test
    void aLateReportIsFlaggedChasedAndCorrectedBeforeItIsAccepted() {
        clock.set(LocalDateTime.of(2031, 8, 1, 9, 0));
        // due Monday 1 September, a holiday: the deadline moves to the next working day, Wednesday 3 September
        ProcessInstance pi = start(LocalDate.of(2031, 9, 1));
        assertThat(timer(pi, "submitReportOverdue")).isEqualTo(TestClock.closeOf(LocalDate.of(2031, 9, 3)));
        assertThat(timer(pi, "submitReportReminder")).isEqualTo(TestClock.closeOf(LocalDate.of(2031, 8, 27)));

        clock.set(LocalDateTime.of(2031, 9, 3, 17, 0));
        execute(job(pi, "submitReportOverdue"));
        assertThat(overdue.calls()).containsExactly("submitReportOverdue");
        assertThat(progress.calls()).containsExactly("submitReportOverdue");
        // still the aid owner's to send, and now the officers' to chase: 2 working days, Thu 4 (1), Fri 5 September (2)
        assertThat(pi).isWaitingAt("submitReport", "chaseReport");
        assertThat(engine.getTaskService().getIdentityLinksForTask(task(pi, "chaseReport").getId()).get(0).getGroupId())
                .isEqualTo("officer");
        assertThat(task(pi, "chaseReport").getDueDate().toInstant()).isEqualTo(TestClock.closeOf(LocalDate.of(2031, 9, 5)));

        complete(task(pi, "chaseReport"), withVariables("chaseReportOutcome", "chased", "chaseNote", "Đã gọi điện"));
        clock.set(LocalDateTime.of(2031, 9, 4, 9, 0));
        complete(task(pi, "submitReport"));
        complete(task(pi, "reviewReport"), withVariables("reviewReportOutcome", "requestCorrection",
                "correction", "Thiếu số liệu giải ngân bằng EUR"));
        // back to the aid owner's unit: 3 working days, Fri 5 (1), Mon 8 (2), Tue 9 September (3)
        assertThat(pi).isWaitingAt("correctReport").task().hasCandidateGroup(UNIT);
        assertThat(task(pi, "correctReport").getDueDate().toInstant()).isEqualTo(TestClock.closeOf(LocalDate.of(2031, 9, 9)));
        assertThat(timer(pi, "correctReportOverdue")).isEqualTo(TestClock.closeOf(LocalDate.of(2031, 9, 9)));

        complete(task(pi, "correctReport"));
        assertThat(pi).isWaitingAt("reviewReport");
        complete(task(pi, "reviewReport"), withVariables("reviewReportOutcome", "accept"));
        assertThat(review.calls()).containsExactly("reviewReport:complete", "reviewReport:complete");
        assertThat(pi).isEnded().hasPassed("correctReport", "reportAccepted");
    }

    private static ProcessInstance start(LocalDate due) {
        return engine.getRuntimeService().startProcessInstanceByKey("aidReport", "report:1", Map.of(
                "proposalId", 1L, "obligationId", 1L, "aidOwnerGroup", UNIT,
                "reportDue", Date.from(due.atStartOfDay(TestClock.PROVINCE).toInstant()),
                "reminderDays", 3, "reviewDays", 5, "correctionDays", 3, "chaseDays", 2));
    }

    private static Task task(ProcessInstance pi, String key) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    private static Job job(ProcessInstance pi, String timerId) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(timerId).singleResult();
    }

    private static java.time.Instant timer(ProcessInstance pi, String timerId) {
        return job(pi, timerId).getDuedate().toInstant();
    }
}
