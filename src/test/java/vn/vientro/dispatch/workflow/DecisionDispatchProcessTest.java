package vn.vientro.dispatch.workflow;

import org.camunda.bpm.engine.ProcessEngine;
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
 * The decision-dispatch BPMN alone with its decision table (the real {@link DecisionOutputsDelegate}): who sends, to
 * whom for an approval and for a refusal, the time limit counted in working days from the decision (worked out by hand
 * on a fixed clock around Vietnam's National Day in 2031), and the overdue timer.
 */
class DecisionDispatchProcessTest {

    private static final TestClock clock = ProcessTestEngine.CLOCK;

    static ProcessEngine engine;
    static final Recorder overdue = new Recorder();
    static final Recorder recorded = new Recorder();

    @BeforeAll
    static void startEngine() {
        DecisionOutputsDelegate route = new DecisionOutputsDelegate();
        engine = ProcessTestEngine.start(Map.of("decisionOutputs", route, "overdueRecorder", overdue,
                "dispatchRecorder", recorded), "bpmn/decision-dispatch.bpmn", "bpmn/decision-dispatch.dmn");
        route.decisions = engine.getDecisionService();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @BeforeEach
    void setUp() {
        init(engine);
        List.of(overdue, recorded).forEach(Recorder::clear);
    }

    @AfterEach
    void tearDown() {
        reset();
        clock.reset();
    }

    @Test
    void anApprovalIsSentByTheOfficersToTheDonorTheMinistryAndTheAidOwner() {
        ProcessInstance pi = start("APPROVED", clock.instant());
        assertThat(pi).isWaitingAt("sendDecision").task().hasCandidateGroup("officer").isNotAssigned();
        assertThat(pi).variables().containsEntry("recipients", "DONOR,MINISTRY_OF_FINANCE,AID_OWNER")
                .containsEntry("sendDays", 5);
        complete(task(pi), withVariables("sendDecisionOutcome", "sent",
                "dispatches", "DONOR|EMAIL|2031-08-29,MINISTRY_OF_FINANCE|POST|2031-08-29,AID_OWNER|EMAIL|2031-08-29"));
        assertThat(recorded.calls()).containsExactly("sendDecision:complete");
        assertThat(pi).isEnded().hasPassed("decisionSent");
        assertThat(overdue.calls()).isEmpty();
    }

    @Test
    void aRefusalIsSentToTheDonorOnly() {
        ProcessInstance pi = start("REJECTED", clock.instant());
        assertThat(pi).isWaitingAt("sendDecision").task().hasCandidateGroup("officer");
        assertThat(pi).variables().containsEntry("recipients", "DONOR").containsEntry("sendDays", 5)
                .containsEntry("sendUnit", "DAYS").containsEntry("sendBasis", "Điều 11 khoản 2 Nghị định 80/2020/NĐ-CP");
    }

    @Test
    void theTimeLimitCountsFromTheDecisionAndALateSendingIsFlaggedAndStillAwaited() {
        // Recorded on Friday 29 August 2031 for a decision dated Thursday 28; then the weekend and the National Day
        // holidays (Mon 1, Tue 2 September).
        clock.set(LocalDateTime.of(2031, 8, 29, 9, 0));
        ProcessInstance pi = start("APPROVED", LocalDate.of(2031, 8, 28).atStartOfDay(TestClock.PROVINCE).toInstant());
        // Decree 80/2020 Art. 11(2) writes "05 ngày", days (decision-dispatch.dmn sendUnit DAYS): Thu 28 Aug + 5 days =
        // Tue 2 Sep, a holiday, so the period ends on the next working day, Wed 3 Sep (Civil Code 2015 Art. 148(5)).
        // In working days it was Mon 8 Sep (Fri 29, Wed 3, Thu 4, Fri 5, Mon 8).
        Instant due = TestClock.closeOf(LocalDate.of(2031, 9, 3));
        assertThat(task(pi).getDueDate().toInstant()).isEqualTo(due);
        assertThat(job(pi).getDuedate().toInstant()).isEqualTo(due);
        execute(job(pi));
        assertThat(overdue.calls()).containsExactly("sendDecisionOverdue");
        assertThat(pi).hasPassed("sendDecisionOverdueRecorded").isWaitingAt("sendDecision");
        assertThat(recorded.calls()).isEmpty();
    }

    private static ProcessInstance start(String decision, Instant decidedAt) {
        return engine.getRuntimeService().startProcessInstanceByKey(CamundaDispatchProcess.PROCESS_KEY, "dispatch:1",
                Map.of(ProcessVariables.PROPOSAL_ID, 1L, CamundaDispatchProcess.DECISION, decision,
                        ProcessVariables.SUBMITTED_AT, Date.from(decidedAt)));
    }
}
