package vn.vientro.project.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vientro.support.TestClock;
import vn.vientro.workflow.ProcessTestEngine;
import vn.vientro.workflow.ProcessTestEngine.Recorder;
import vn.vientro.workflow.ProcessVariables;

import java.time.Instant;
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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * The project-amendment BPMN alone: the approver decides, each end tells the decision, a late decision is flagged
 * when its deadline (worked out by hand on a fixed clock) comes.
 */
class ProjectAmendmentProcessTest {

    private static final TestClock clock = ProcessTestEngine.CLOCK;

    static ProcessEngine engine;
    static final Recorder decisions = new Recorder();
    static final Recorder overdue = new Recorder();

    @BeforeAll
    static void startEngine() {
        engine = ProcessTestEngine.start(Map.of("amendmentDecision", decisions, "overdueRecorder", overdue),
                "bpmn/project-amendment.bpmn");
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @BeforeEach
    void setUp() {
        init(engine);
        List.of(decisions, overdue).forEach(Recorder::clear);
    }

    @AfterEach
    void tearDown() {
        reset();
        clock.reset();
    }

    @Test
    void anApprovedAmendmentEndsAtTheApprovedEnd() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("approveAmendment").task().hasCandidateGroup("approver").isNotAssigned();
        complete(task(pi), withVariables("approveAmendmentOutcome", "approve", "decisionNumber", "12/QĐ-UBND",
                "decisionDate", "2026-11-20"));
        assertThat(pi).isEnded().hasPassed("amendmentApproved");
        assertThat(decisions.calls()).containsExactly("amendmentApproved");
    }

    @Test
    void aRejectedAmendmentEndsAtTheRejectedEnd() {
        ProcessInstance pi = start();
        complete(task(pi), withVariables("approveAmendmentOutcome", "reject", "rejectionReason", "Không đủ căn cứ"));
        assertThat(pi).isEnded().hasPassed("amendmentRejected");
        assertThat(decisions.calls()).containsExactly("amendmentRejected");
    }

    @Test
    void aLateDecisionIsFlaggedAndStillAwaited() {
        // Thursday 28 August 2031; then the weekend and the National Day holidays (Mon 1, Tue 2 September).
        clock.set(LocalDateTime.of(2031, 8, 28, 9, 0));
        ProcessInstance pi = start();
        // 5 working days: Fri 29 Aug (1), Wed 3 (2), Thu 4 (3), Fri 5 (4), Mon 8 Sep (5)
        Instant due = TestClock.closeOf(LocalDate.of(2031, 9, 8));
        assertThat(task(pi).getDueDate().toInstant()).isEqualTo(due);
        assertThat(job(pi).getDuedate().toInstant()).isEqualTo(due);
        execute(job(pi));
        assertThat(overdue.calls()).containsExactly("approveAmendmentOverdue");
        assertThat(pi).hasPassed("amendmentOverdueRecorded").isWaitingAt("approveAmendment");
        assertThat(decisions.calls()).isEmpty();
    }

    private static ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey(CamundaAmendmentProcess.PROCESS_KEY, "amendment:1",
                Map.of(ProcessVariables.PROPOSAL_ID, 1L, CamundaAmendmentProcess.AMENDMENT_ID, 1L,
                        ProcessVariables.SUBMITTED_BY, "canbo.snv", ProcessVariables.SUBMITTED_AT, Date.from(clock.instant())));
    }
}
