package vn.vientro.proposal.workflow;

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
import vn.vientro.workflow.ProcessVariables;

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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * The aid-proposal BPMN alone, with the route DMN it calls (the real {@link DecisionOutputsDelegate}) and the real
 * {@link DossierClockListener}, as Camunda's invoice example tests its process: every route a proposal can take, who
 * each step goes to, which status each step declares, each step's deadline and its timer. No Quarkus and no
 * database of ours; runs in about a second.
 * <p>
 * Deadlines are worked out by hand on a fixed clock around Vietnam's National Day in 2031: after Thursday 28 and
 * Friday 29 August come the weekend and the holidays of Monday 1 and Tuesday 2 September, so the working days are
 * Thu 28, Fri 29 Aug, Wed 3, Thu 4, Fri 5, Mon 8 ... Sep. A deadline of n working days falls at 17:00 on the n-th
 * working day after the start.
 */
class AidProposalProcessTest {

    private static final String OFFICER = "canbo.snv";
    private static final TestClock clock = ProcessTestEngine.CLOCK;

    static ProcessEngine engine;
    static final Recorder statuses = new Recorder();
    static final Recorder overdue = new Recorder();
    static final Recorder opinions = new Recorder();

    @BeforeAll
    static void startEngine() {
        DecisionOutputsDelegate route = new DecisionOutputsDelegate();
        DossierClockListener dossierClock = new DossierClockListener();
        dossierClock.calendar = ProcessTestEngine.CALENDAR;
        dossierClock.clock = clock;
        engine = ProcessTestEngine.start(Map.of("proposalStatus", statuses, "overdueRecorder", overdue,
                        "opinionRecorder", opinions, "dossierClock", dossierClock, "decisionOutputs", route),
                "bpmn/aid-proposal.bpmn", "bpmn/proposal-route.dmn");
        route.decisions = engine.getDecisionService();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @BeforeEach
    void setUp() {
        init(engine);
        List.of(statuses, overdue, opinions).forEach(Recorder::clear);
    }

    @AfterEach
    void tearDown() {
        reset();
        clock.reset();
    }

    @Test
    void aRegularProposalIsCheckedConsultedAppraisedAndApproved() {
        clock.set(LocalDateTime.of(2031, 8, 28, 9, 0));
        ProcessInstance pi = start("PROJECT");
        assertThat(pi).isWaitingAt("checkDossier").task().hasCandidateGroup("appraiser").isNotAssigned();
        assertThat(pi).variables().containsEntry("consult", true).containsEntry("checkDays", 3)
                .containsEntry("opinionDays", 7);
        // 3 working days: Fri 29 Aug (1), Wed 3 (2), Thu 4 Sep (3)
        dueOn(pi, "checkDossier", "checkDossierOverdue", LocalDate.of(2031, 9, 4));

        complete(task(pi), withVariables("checkDossierOutcome", "complete"));
        assertThat(pi).isWaitingAt("collectOpinions");
        // The dossier clock: complete now, and the check round is over.
        assertThat(pi).variables().containsEntry(ProcessVariables.DOSSIER_COMPLETED_AT, Date.from(clock.instant()))
                .containsEntry(ProcessVariables.CHECK_DAYS_USED, 0L);
        // 2 working days: Fri 29 Aug (1), Wed 3 Sep (2)
        dueOn(pi, "collectOpinions", "collectOpinionsOverdue", LocalDate.of(2031, 9, 3));

        complete(task(pi), withVariables("collectOpinionsOutcome", "send", ProcessVariables.AGENCIES, "CA, SYT",
                "agenciesCount", 2));
        var opinionTasks = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("giveOpinion").list();
        assertThat(opinionTasks).hasSize(2);
        assertThat(opinionTasks).extracting(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).get(0).getGroupId())
                .containsExactlyInAnyOrder("CA", "SYT");
        // 7 working days: Fri 29 Aug (1), Wed 3 (2), Thu 4 (3), Fri 5 (4), Mon 8 (5), Tue 9 (6), Wed 10 Sep (7)
        dueOn(pi, "giveOpinion", "opinionDeadline", LocalDate.of(2031, 9, 10));

        // The agencies answer on Monday 8 September; the appraisal counts from the complete dossier, not from then.
        clock.set(LocalDateTime.of(2031, 9, 8, 10, 0));
        opinionTasks.forEach(t -> complete(t, withVariables("giveOpinionOutcome", "agree")));
        assertThat(opinions.calls()).containsExactly("giveOpinion:create", "giveOpinion:create",
                "giveOpinion:complete", "giveOpinion:complete");

        assertThat(pi).isWaitingAt("appraiseProposal").task().hasCandidateGroup("appraiser");
        // Decree 80/2020 Art. 10(6): 20 days (ngày, not working days) from Thu 28 Aug = Wed 17 Sep, a working day.
        // (In working days it was Mon 29 Sep: the weekends and the National Day holidays are counted here.)
        dueOn(pi, "appraiseProposal", "appraiseProposalOverdue", LocalDate.of(2031, 9, 17));

        clock.set(LocalDateTime.of(2031, 9, 10, 10, 0));
        complete(task(pi), withVariables("appraiseProposalOutcome", "recommendApproval"));
        assertThat(pi).isWaitingAt("approveProposal").task().hasCandidateGroup("approver");
        // 7 working days from Wed 10 Sep: Thu 11 (1), Fri 12 (2), Mon 15 (3) ... Fri 19 Sep (7)
        dueOn(pi, "approveProposal", "approveProposalOverdue", LocalDate.of(2031, 9, 19));
        complete(task(pi), withVariables("approveProposalOutcome", "approve"));

        assertThat(pi).isEnded().hasPassed("proposalApproved");
        assertThat(statuses.statuses()).containsExactly("CHECKING", "CONSULTING", "CONSULTING", "CONSULTING",
                "APPRAISING", "AWAITING_APPROVAL", "APPROVED");
        assertThat(overdue.calls()).isEmpty();
    }

    @Test
    void theAppraisalCountsInDaysAndALastDayOffCarriesToTheNextWorkingDay() {
        // Found complete on Tuesday 12 August 2031.
        clock.set(LocalDateTime.of(2031, 8, 12, 9, 0));
        ProcessInstance pi = start("PROGRAMME");
        complete(task(pi), withVariables("checkDossierOutcome", "complete"));
        complete(task(pi), withVariables("collectOpinionsOutcome", "send", ProcessVariables.AGENCIES, "CA",
                "agenciesCount", 1));
        complete(task(pi), withVariables("giveOpinionOutcome", "agree"));
        assertThat(pi).isWaitingAt("appraiseProposal").variables().containsEntry("appraisalDays", 20)
                .containsEntry("appraisalUnit", "DAYS")
                .containsEntry("appraisalBasis", "Điều 10 khoản 6 Nghị định 80/2020/NĐ-CP")
                .containsEntry("checkUnit", "WORKING_DAYS").doesNotContainKey("checkBasis");
        // 20 days from Tue 12 Aug (the day itself not counted, Civil Code 2015 Art. 147(1)) = Mon 1 Sep, National Day's
        // second holiday, and Tue 2 Sep is National Day: the period ends at the close of Wed 3 Sep (Art. 148(5)).
        dueOn(pi, "appraiseProposal", "appraiseProposalOverdue", LocalDate.of(2031, 9, 3));
    }

    @Test
    void emergencyReliefSkipsTheConsultationAndHasShorterDeadlines() {
        clock.set(LocalDateTime.of(2031, 8, 29, 9, 0));
        ProcessInstance pi = start("EMERGENCY_RELIEF");
        assertThat(pi).variables().containsEntry("consult", false).containsEntry("checkDays", 1);
        // 1 working day from Fri 29 Aug: Sat, Sun, and the holidays Mon 1 and Tue 2 Sep do not count: Wed 3 Sep
        dueOn(pi, "checkDossier", "checkDossierOverdue", LocalDate.of(2031, 9, 3));

        complete(task(pi), withVariables("checkDossierOutcome", "complete"));
        assertThat(pi).hasNotPassed("collectOpinions").isWaitingAt("appraiseProposal");
        // 1 working day from the complete dossier (Fri 29 Aug): Wed 3 Sep
        dueOn(pi, "appraiseProposal", "appraiseProposalOverdue", LocalDate.of(2031, 9, 3));

        clock.set(LocalDateTime.of(2031, 9, 3, 10, 0));
        complete(task(pi), withVariables("appraiseProposalOutcome", "recommendApproval"));
        // 1 working day from Wed 3 Sep: Thu 4 Sep
        dueOn(pi, "approveProposal", "approveProposalOverdue", LocalDate.of(2031, 9, 4));
    }

    @Test
    void anIncompleteDossierGoesBackToItsOfficerAndComesBackForAnotherCheck() {
        clock.set(LocalDateTime.of(2031, 8, 28, 9, 0));
        ProcessInstance pi = start("PROJECT");

        // The check takes until Wednesday 3 September: two working days (Fri 29 Aug, Wed 3 Sep).
        clock.set(LocalDateTime.of(2031, 9, 3, 10, 0));
        complete(task(pi), withVariables("checkDossierOutcome", "incomplete", "missingItems", "Bản sao giấy đăng ký"));
        assertThat(pi).isWaitingAt("supplementDossier").task().isAssignedTo(OFFICER);
        assertThat(pi).variables().containsEntry(ProcessVariables.CHECK_DAYS_USED, 2L);
        // 10 working days from Wed 3 Sep: Thu 4 (1), Fri 5 (2), 8-12 (7), Mon 15 (8), Tue 16 (9), Wed 17 Sep (10)
        dueOn(pi, "supplementDossier", "supplementDossierOverdue", LocalDate.of(2031, 9, 17));

        // A week with the officer does not count against the check: one of its three days is left.
        clock.set(LocalDateTime.of(2031, 9, 10, 9, 0));
        complete(task(pi), withVariables("supplementDossierOutcome", "resubmit"));
        assertThat(pi).isWaitingAt("checkDossier");
        assertThat(pi).variables().containsEntry(ProcessVariables.CHECK_DAYS_USED, 2L);
        // 3 - 2 = 1 working day from Wed 10 Sep: Thu 11 Sep
        dueOn(pi, "checkDossier", "checkDossierOverdue", LocalDate.of(2031, 9, 11));

        // Found complete the next day: the round is over and the appraisal will count from now.
        clock.set(LocalDateTime.of(2031, 9, 11, 11, 0));
        complete(task(pi), withVariables("checkDossierOutcome", "complete"));
        assertThat(pi).variables().containsEntry(ProcessVariables.CHECK_DAYS_USED, 0L)
                .containsEntry(ProcessVariables.DOSSIER_COMPLETED_AT, Date.from(clock.instant()));
    }

    @Test
    void theOfficerMayWithdrawInsteadOfSupplementing() {
        ProcessInstance pi = start("PROJECT");
        complete(task(pi), withVariables("checkDossierOutcome", "incomplete"));
        complete(task(pi), withVariables("supplementDossierOutcome", "withdraw", "withdrawalReason", "NGO rút"));
        assertThat(pi).isEnded().hasPassed("proposalWithdrawn");
        assertThat(statuses.statuses()).endsWith("WITHDRAWN");
    }

    @Test
    void theAppraiserMayAskForARevisionWhichStartsANewCheck() {
        clock.set(LocalDateTime.of(2031, 8, 29, 9, 0));
        ProcessInstance pi = start("EMERGENCY_RELIEF");
        // The check takes its one working day (Wed 3 Sep), then the appraiser returns the proposal the same day.
        clock.set(LocalDateTime.of(2031, 9, 3, 10, 0));
        complete(task(pi), withVariables("checkDossierOutcome", "complete"));
        complete(task(pi), withVariables("appraiseProposalOutcome", "returnForRevision"));
        assertThat(pi).isWaitingAt("reviseProposal").task().isAssignedTo(OFFICER);
        // 2 working days from Wed 3 Sep: Thu 4 (1), Fri 5 Sep (2)
        dueOn(pi, "reviseProposal", "reviseProposalOverdue", LocalDate.of(2031, 9, 5));

        complete(task(pi), withVariables("reviseProposalOutcome", "resubmit"));
        assertThat(pi).isWaitingAt("checkDossier");
        // A new check with its whole day, the first round's day not counted: 1 working day from Wed 3 Sep, Thu 4 Sep
        dueOn(pi, "checkDossier", "checkDossierOverdue", LocalDate.of(2031, 9, 4));
    }

    @Test
    void theApproverMayRejectOrSendBackToTheAppraiser() {
        ProcessInstance sentBack = start("EMERGENCY_RELIEF");
        complete(task(sentBack), withVariables("checkDossierOutcome", "complete"));
        complete(task(sentBack), withVariables("appraiseProposalOutcome", "recommendRejection"));
        complete(task(sentBack), withVariables("approveProposalOutcome", "sendBack"));
        assertThat(sentBack).isWaitingAt("appraiseProposal");

        ProcessInstance rejected = start("EMERGENCY_RELIEF");
        complete(task(rejected), withVariables("checkDossierOutcome", "complete"));
        complete(task(rejected), withVariables("appraiseProposalOutcome", "recommendRejection"));
        complete(task(rejected), withVariables("approveProposalOutcome", "reject"));
        assertThat(rejected).isEnded().hasPassed("proposalRejected");
    }

    @Test
    void anOverdueStepIsRecordedAndStaysOpen() {
        clock.set(LocalDateTime.of(2031, 8, 28, 9, 0));
        ProcessInstance pi = start("PROJECT");
        // 3 working days: Fri 29 Aug, Wed 3, Thu 4 Sep
        dueOn(pi, "checkDossier", "checkDossierOverdue", LocalDate.of(2031, 9, 4));
        execute(timer(pi, "checkDossierOverdue"));
        assertThat(overdue.calls()).containsExactly("checkDossierOverdue");
        assertThat(pi).hasPassed("checkDossierOverdueRecorded").isWaitingAt("checkDossier");
    }

    @Test
    void anAgencyThatDoesNotAnswerInTimeDoesNotHoldUpTheAppraisal() {
        clock.set(LocalDateTime.of(2031, 8, 28, 9, 0));
        ProcessInstance pi = start("PROJECT");
        complete(task(pi), withVariables("checkDossierOutcome", "complete"));
        complete(task(pi), withVariables("collectOpinionsOutcome", "send", ProcessVariables.AGENCIES, "CA,SYT",
                "agenciesCount", 2));
        complete(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("giveOpinion").taskCandidateGroup("CA").singleResult(),
                withVariables("giveOpinionOutcome", "agree"));
        // 7 working days: Fri 29 Aug, Wed 3, Thu 4, Fri 5, Mon 8, Tue 9, Wed 10 Sep
        dueOn(pi, "giveOpinion", "opinionDeadline", LocalDate.of(2031, 9, 10));
        execute(timer(pi, "opinionDeadline"));
        assertThat(opinions.calls()).endsWith("opinionDeadline");
        assertThat(pi).isWaitingAt("appraiseProposal");
    }

    /**
     * Every open task of step {@code taskKey} is due at the close of {@code day}, and so is the step's timer (one
     * for the step, even for the parallel opinions, whose deadline is attached to them as a whole).
     */
    private static void dueOn(ProcessInstance pi, String taskKey, String timerId, LocalDate day) {
        List<Task> tasks = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).list();
        assertThat(tasks).as(taskKey).isNotEmpty().allSatisfy(t ->
                assertThat(t.getDueDate().toInstant()).as(taskKey + " due").isEqualTo(TestClock.closeOf(day)));
        assertThat(timer(pi, timerId).getDuedate().toInstant()).as(timerId + " due").isEqualTo(TestClock.closeOf(day));
    }

    private static Job timer(ProcessInstance pi, String timerId) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(timerId).singleResult();
    }

    private static ProcessInstance start(String kind) {
        return engine.getRuntimeService().startProcessInstanceByKey("aidProposal", "1", Map.of(
                ProcessVariables.PROPOSAL_ID, 1L, ProcessVariables.KIND, kind, ProcessVariables.TITLE, "Nước sạch",
                ProcessVariables.SUBMITTED_BY, OFFICER, ProcessVariables.SUBMITTED_AT, Date.from(clock.instant()),
                ProcessVariables.CHECK_DAYS_USED, 0L));
    }
}
