package vn.vientro.proposal.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vientro.workflow.ProcessTestEngine;
import vn.vientro.workflow.ProcessTestEngine.Recorder;
import vn.vientro.workflow.ProcessVariables;

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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * The aid-proposal BPMN alone, with the route DMN it calls (the real {@link DecisionOutputsDelegate}), as Camunda's
 * invoice example tests its process: every route a proposal can take, who each step goes to, which status each
 * step declares, and the timers. No Quarkus and no database of ours; runs in about a second.
 */
class AidProposalProcessTest {

    private static final String OFFICER = "canbo.snv";

    static ProcessEngine engine;
    static final Recorder statuses = new Recorder();
    static final Recorder overdue = new Recorder();
    static final Recorder opinions = new Recorder();
    static final DossierClock dossierClock = new DossierClock();

    @BeforeAll
    static void startEngine() {
        DecisionOutputsDelegate route = new DecisionOutputsDelegate();
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
        List.of(statuses, overdue, opinions, dossierClock).forEach(Recorder::clear);
    }

    @AfterEach
    void tearDown() {
        reset();
    }

    @Test
    void aRegularProposalIsCheckedConsultedAppraisedAndApproved() {
        ProcessInstance pi = start("PROJECT");
        assertThat(pi).isWaitingAt("checkDossier").task().hasCandidateGroup("appraiser").isNotAssigned();
        assertThat(pi).variables().containsEntry("consult", true).containsEntry("checkDays", 3)
                .containsEntry("opinionDays", 7);

        complete(task(pi), withVariables("checkDossierOutcome", "complete"));
        assertThat(pi).isWaitingAt("collectOpinions");
        assertThat(dossierClock.calls()).containsExactly("checkDossier:complete", "dossierComplete");

        complete(task(pi), withVariables("collectOpinionsOutcome", "send", ProcessVariables.AGENCIES, "CA, SYT",
                "agenciesCount", 2));
        var opinionTasks = taskQuery().taskDefinitionKey("giveOpinion").list();
        assertThat(opinionTasks).hasSize(2);
        assertThat(opinionTasks).extracting(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).get(0).getGroupId())
                .containsExactlyInAnyOrder("CA", "SYT");
        opinionTasks.forEach(t -> complete(t, withVariables("giveOpinionOutcome", "agree")));
        assertThat(opinions.calls()).containsExactly("giveOpinion:create", "giveOpinion:create",
                "giveOpinion:complete", "giveOpinion:complete");

        assertThat(pi).isWaitingAt("appraiseProposal").task().hasCandidateGroup("appraiser");
        complete(task(pi), withVariables("appraiseProposalOutcome", "recommendApproval"));
        assertThat(pi).isWaitingAt("approveProposal").task().hasCandidateGroup("approver");
        complete(task(pi), withVariables("approveProposalOutcome", "approve"));

        assertThat(pi).isEnded().hasPassed("proposalApproved");
        assertThat(statuses.statuses()).containsExactly("CHECKING", "CONSULTING", "CONSULTING", "CONSULTING",
                "APPRAISING", "AWAITING_APPROVAL", "APPROVED");
        assertThat(overdue.calls()).isEmpty();
    }

    @Test
    void emergencyReliefSkipsTheConsultationAndHasShorterDeadlines() {
        ProcessInstance pi = start("EMERGENCY_RELIEF");
        assertThat(pi).variables().containsEntry("consult", false).containsEntry("checkDays", 1);
        complete(task(pi), withVariables("checkDossierOutcome", "complete"));
        assertThat(pi).hasNotPassed("collectOpinions").isWaitingAt("appraiseProposal");
    }

    @Test
    void anIncompleteDossierGoesBackToItsOfficerAndComesBackForAnotherCheck() {
        ProcessInstance pi = start("PROJECT");
        complete(task(pi), withVariables("checkDossierOutcome", "incomplete", "missingItems", "Bản sao giấy đăng ký"));
        assertThat(pi).isWaitingAt("supplementDossier").task().isAssignedTo(OFFICER);

        complete(task(pi), withVariables("supplementDossierOutcome", "resubmit"));
        assertThat(pi).isWaitingAt("checkDossier");
        assertThat(pi).variables().containsEntry(ProcessVariables.CHECK_DAYS_USED, 1L);   // the clock continues
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
        ProcessInstance pi = start("EMERGENCY_RELIEF");
        complete(task(pi), withVariables("checkDossierOutcome", "complete"));
        complete(task(pi), withVariables("appraiseProposalOutcome", "returnForRevision"));
        assertThat(pi).isWaitingAt("reviseProposal").task().isAssignedTo(OFFICER);
        complete(task(pi), withVariables("reviseProposalOutcome", "resubmit"));
        assertThat(pi).isWaitingAt("checkDossier");
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
        ProcessInstance pi = start("PROJECT");
        assertThat(job(pi)).isNotNull();
        execute(job(pi));
        assertThat(overdue.calls()).containsExactly("checkDossierOverdue");
        assertThat(pi).hasPassed("checkDossierOverdueRecorded").isWaitingAt("checkDossier");
    }

    @Test
    void anAgencyThatDoesNotAnswerInTimeDoesNotHoldUpTheAppraisal() {
        ProcessInstance pi = start("PROJECT");
        complete(task(pi), withVariables("checkDossierOutcome", "complete"));
        complete(task(pi), withVariables("collectOpinionsOutcome", "send", ProcessVariables.AGENCIES, "CA,SYT",
                "agenciesCount", 2));
        complete(taskQuery().taskDefinitionKey("giveOpinion").taskCandidateGroup("CA").singleResult(),
                withVariables("giveOpinionOutcome", "agree"));
        var deadline = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId("opinionDeadline").singleResult();
        execute(deadline);
        assertThat(opinions.calls()).endsWith("opinionDeadline");
        assertThat(pi).isWaitingAt("appraiseProposal");
    }

    private static ProcessInstance start(String kind) {
        return engine.getRuntimeService().startProcessInstanceByKey("aidProposal", "1", Map.of(
                ProcessVariables.PROPOSAL_ID, 1L, ProcessVariables.KIND, kind, ProcessVariables.TITLE, "Nước sạch",
                ProcessVariables.SUBMITTED_BY, OFFICER, ProcessVariables.SUBMITTED_AT, new Date(),
                ProcessVariables.CHECK_DAYS_USED, 0L));
    }

    /** Stand-in for {@link DossierClockListener}: a check uses one day; a complete dossier stamps its time. */
    static final class DossierClock extends Recorder {
        @Override
        public void notify(DelegateTask task) {
            super.notify(task);
            Number used = (Number) task.getVariable(ProcessVariables.CHECK_DAYS_USED);
            task.setVariable(ProcessVariables.CHECK_DAYS_USED, used.longValue() + 1);
        }

        @Override
        public void notify(DelegateExecution execution) {
            super.notify(execution);
            execution.setVariable(ProcessVariables.DOSSIER_COMPLETED_AT, new Date());
            execution.setVariable(ProcessVariables.CHECK_DAYS_USED, 0L);
        }
    }
}
