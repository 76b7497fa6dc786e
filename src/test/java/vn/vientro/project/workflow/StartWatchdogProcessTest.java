package vn.vientro.project.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vientro.proposal.workflow.DecisionOutputsDelegate;
import vn.vientro.support.TestClock;
import vn.vientro.workflow.ProcessTestEngine;
import vn.vientro.workflow.ProcessTestEngine.Recorder;
import vn.vientro.workflow.ProcessVariables;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * The start-watchdog BPMN alone with its DMN (the real {@link DecisionOutputsDelegate}): the timer six months after
 * the approval (at midnight in the province), the question "started?" answered by a stand-in for the project's
 * tables, the appraiser's review, the approver's keep (watching again from the chosen date) or revoke. Approval on
 * Wednesday 5 March 2031: the watch looks on Friday 5 September 2031, after the National Day holidays of 1-2 September.
 */
class StartWatchdogProcessTest {

    private static final TestClock clock = ProcessTestEngine.CLOCK;
    /** Midnight of 5 September 2031 in the province (UTC+7). */
    private static final Instant SIX_MONTHS = Instant.parse("2031-09-04T17:00:00Z");

    static ProcessEngine engine;
    static final Recorder overdue = new Recorder();
    static final Recorder revocation = new Recorder();
    static final AtomicBoolean started = new AtomicBoolean();

    @BeforeAll
    static void startEngine() {
        DecisionOutputsDelegate outputs = new DecisionOutputsDelegate();
        JavaDelegate startCheck = execution -> execution.setVariable("started", started.get());
        engine = ProcessTestEngine.start(Map.of("decisionOutputs", outputs, "startCheck", startCheck,
                "overdueRecorder", overdue, "projectRevocation", revocation), "bpmn/start-watchdog.bpmn", "bpmn/start-watchdog.dmn");
        outputs.decisions = engine.getDecisionService();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @BeforeEach
    void setUp() {
        init(engine);
        overdue.clear();
        revocation.clear();
        started.set(false);
        clock.set(LocalDateTime.of(2031, 3, 5, 10, 0));
    }

    @AfterEach
    void tearDown() {
        reset();
        clock.reset();
    }

    private static ProcessInstance approved() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.PROPOSAL_ID, 7L);
        variables.put(ProcessVariables.KIND, "PROJECT");
        variables.put("approvedOn", "2031-03-05");
        variables.put("keepUntil", null);
        return engine.getRuntimeService().startProcessInstanceByKey("startWatchdog", "project:7", variables);
    }

    private static Job watch(ProcessInstance pi) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId("watchExpires")
                .singleResult();
    }

    /** The task is due, and its overdue timer set, at 17:00 on {@code day}. */
    private static void dueOn(ProcessInstance pi, String timerId, LocalDate day) {
        assertThat(task(pi).getDueDate().toInstant()).isEqualTo(TestClock.closeOf(day));
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(timerId)
                .singleResult().getDuedate().toInstant()).isEqualTo(TestClock.closeOf(day));
    }

    @Test
    void aStartedAidEndsTheWatchWhenTheTimerFires() {
        ProcessInstance pi = approved();
        assertThat(pi).isWaitingAt("watchExpires").variables().containsEntry("watchMonths", 6);
        assertThat(watch(pi).getDuedate().toInstant()).isEqualTo(SIX_MONTHS);

        started.set(true);   // a start confirmed, or a disbursement, while the watch waited
        clock.set(LocalDateTime.of(2031, 9, 5, 0, 0));
        execute(watch(pi));
        assertThat(pi).isEnded().hasPassed("watchEnded").hasNotPassed("reviewStart");
    }

    @Test
    void aidNotStartedIsReviewedThenRevokedByTheApprover() {
        ProcessInstance pi = approved();
        clock.set(LocalDateTime.of(2031, 9, 5, 0, 0));
        execute(watch(pi));
        assertThat(pi).isWaitingAt("reviewStart").task().hasCandidateGroup("appraiser");
        // 10 working days from Fri 5 Sep: Mon 8 (1) ... Fri 12 (5), Mon 15 (6) ... Fri 19 Sep (10)
        dueOn(pi, "reviewStartOverdue", LocalDate.of(2031, 9, 19));

        clock.set(LocalDateTime.of(2031, 9, 10, 9, 0));
        complete(task(pi), withVariables("reviewStartOutcome", "noGoodReason", "reviewNote", "Không có kế hoạch triển khai"));
        assertThat(pi).isWaitingAt("decideRevocation").task().hasCandidateGroup("approver");
        // 10 working days from Wed 10 Sep: Thu 11 (1), Fri 12 (2), 15-19 (7), Mon 22 (8), Tue 23 (9), Wed 24 Sep (10)
        dueOn(pi, "decideRevocationOverdue", LocalDate.of(2031, 9, 24));

        complete(task(pi), withVariables("decideRevocationOutcome", "revoke", "decisionNumber", "88/QĐ-UBND",
                "decisionDate", "2031-09-12", "reason", "Không triển khai"));
        assertThat(pi).isEnded().hasPassed("projectRevoked");
        assertThat(revocation.calls()).containsExactly("projectRevoked");
        assertThat(overdue.calls()).isEmpty();
    }

    @Test
    void keepingWatchesAgainFromTheChosenDateAndAnOverdueReviewIsRecorded() {
        ProcessInstance pi = approved();
        clock.set(LocalDateTime.of(2031, 9, 5, 0, 0));
        execute(watch(pi));
        clock.set(LocalDateTime.of(2031, 9, 22, 9, 0));
        execute(job("reviewStartOverdue", pi));
        assertThat(overdue.calls()).containsExactly("reviewStartOverdue");
        assertThat(pi).isWaitingAt("reviewStart");

        complete(task(pi), withVariables("reviewStartOutcome", "goodReason", "reviewNote", "Chờ giấy phép nhập khẩu"));
        complete(task(pi), withVariables("decideRevocationOutcome", "keep", "keepUntil", "2031-12-01"));
        assertThat(pi).isWaitingAt("watchExpires");
        assertThat(watch(pi).getDuedate().toInstant()).isEqualTo(Instant.parse("2031-11-30T17:00:00Z"));

        clock.set(LocalDateTime.of(2031, 12, 1, 0, 0));
        execute(watch(pi));
        assertThat(pi).isWaitingAt("reviewStart");
        assertThat(revocation.calls()).isEmpty();
    }

    /** The message the service sends when the aid starts (its start confirmed, or a disbursement): how many it reached. */
    private static int aidStarted() {
        return engine.getRuntimeService().createMessageCorrelation("aidStarted").processInstanceBusinessKey("project:7")
                .correlateAllWithResult().size();
    }

    @Test
    void aStartDuringTheReviewOrTheDecisionEndsItAndNothingElseWaitsForOne() {
        ProcessInstance pi = approved();
        assertThat(aidStarted()).as("the watch waiting for its timer is not interrupted").isZero();
        assertThat(pi).isWaitingAt("watchExpires");

        clock.set(LocalDateTime.of(2031, 9, 5, 0, 0));
        execute(watch(pi));
        assertThat(pi).isWaitingAt("reviewStart");
        assertThat(aidStarted()).isOne();
        assertThat(pi).isEnded().hasPassed("reviewEndedByStart").hasNotPassed("decideRevocation", "projectRevoked");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count())
                .as("the overdue timer goes with the task").isZero();

        ProcessInstance deciding = approved();
        execute(watch(deciding));
        complete(task(deciding), withVariables("reviewStartOutcome", "noGoodReason", "reviewNote", "Chưa triển khai"));
        assertThat(deciding).isWaitingAt("decideRevocation");
        assertThat(aidStarted()).isOne();
        assertThat(deciding).isEnded().hasPassed("reviewEndedByStart").hasNotPassed("projectRevoked");
        assertThat(revocation.calls()).isEmpty();
    }
}
